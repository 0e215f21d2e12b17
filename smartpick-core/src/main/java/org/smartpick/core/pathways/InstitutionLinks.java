package org.smartpick.core.pathways;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartpick.core.program.Program;

/**
 * Finds the pathway programs (e.g. core Pediatrics) whose institution also runs a program of the family (e.g. a
 * genetics program). Two programs are at the same institution when their normalised institution names are equal,
 * or when they are in the same city and state and their names share a distinctive word (not a generic word such as
 * "university" or "hospital", nor a word of the city's name): catalogs spell one sponsor in several ways, and a
 * city alone is too coarse. The reason names the rule and the shared word, so the user can judge the match.
 */
public final class InstitutionLinks {
    private static final Set<String> GENERIC_WORDS = Set.of(
            "university",
            "hospital",
            "hospitals",
            "medical",
            "center",
            "centers",
            "health",
            "college",
            "of",
            "the",
            "and",
            "at",
            "for",
            "school",
            "medicine",
            "program",
            "system",
            "childrens",
            "children",
            "clinic",
            "clinics",
            "institute",
            "regional",
            "general",
            "community",
            "county",
            "memorial",
            "saint",
            "st",
            "campus",
            "inc",
            "sciences",
            "science",
            "affiliated",
            "network",
            "foundation");

    private InstitutionLinks() {}

    /** Links for every PATHWAY-role program of the family among the catalog's programs, sorted by program id. */
    public static List<InstitutionLink> find(List<Program> programs, Pathways pathways, String family) {
        Set<String> familyCodes = pathways.familyProgramCodes(family);
        Set<String> pathwayCodes = pathways.family(family).stream()
                .filter(t -> t.role() == PathwayRole.PATHWAY)
                .map(PathwayTrack::specialtyCode)
                .collect(Collectors.toSet());
        List<NamedProgram> familyPrograms = programs.stream()
                .filter(p -> familyCodes.contains(p.specialtyCode()))
                .sorted(Comparator.comparing(Program::id))
                .map(NamedProgram::of)
                .toList();
        List<InstitutionLink> links = new ArrayList<>();
        programs.stream()
                .filter(p -> pathwayCodes.contains(p.specialtyCode()))
                .sorted(Comparator.comparing(Program::id))
                .forEach(p -> link(NamedProgram.of(p), familyPrograms, family).ifPresent(links::add));
        return links;
    }

    private static Optional<InstitutionLink> link(
            NamedProgram named, List<NamedProgram> familyPrograms, String family) {
        List<String> ids = new ArrayList<>();
        Set<String> reasons = new LinkedHashSet<>();
        for (NamedProgram other : familyPrograms) {
            named.sameInstitution(other).ifPresent(why -> {
                ids.add(other.program().id());
                reasons.add(
                        other.program().specialtyName() + " " + other.program().id() + " (" + why + ")");
            });
        }
        if (ids.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new InstitutionLink(
                named.program().id(),
                ids,
                "the institution also runs " + family + " training: " + String.join("; ", reasons)));
    }

    /**
     * A program with its institution name normalised, the distinctive words of that name and the words of its city,
     * worked out once per program rather than once per pair of programs compared.
     */
    private record NamedProgram(Program program, String name, Set<String> distinctiveWords, Set<String> cityWords) {
        static NamedProgram of(Program program) {
            String name = normalise(institutionName(program));
            return new NamedProgram(
                    program,
                    name,
                    InstitutionLinks.distinctiveWords(name),
                    Set.copyOf(Arrays.asList(normalise(program.city()).split(" "))));
        }

        /** Why this program and {@code other} count as one institution, or empty when they do not. */
        Optional<String> sameInstitution(NamedProgram other) {
            if (!name.isEmpty() && name.equals(other.name)) {
                return Optional.of("same institution name");
            }
            Program a = program;
            Program b = other.program;
            if (!same(a.city(), b.city()) || !same(a.state(), b.state())) {
                return Optional.empty();
            }
            return other.distinctiveWords.stream()
                    .filter(distinctiveWords::contains)
                    .filter(w -> !cityWords.contains(w))
                    .sorted()
                    .findFirst()
                    .map(word -> "same city " + a.city() + ", " + a.state() + " and shared name word '" + word + "'");
        }
    }

    private static String institutionName(Program program) {
        return program.institution() == null || program.institution().isBlank()
                ? program.name()
                : program.institution();
    }

    /** Lower case, parenthesised parts and punctuation removed, spaces collapsed. */
    static String normalise(String name) {
        if (name == null) {
            return "";
        }
        return name.toLowerCase(Locale.ROOT)
                .replaceAll("\\([^)]*\\)", " ")
                .replace("'", "")
                .replaceAll("[^a-z0-9]+", " ")
                .replaceAll("\\bprogram\\b", " ")
                .trim()
                .replaceAll("\\s+", " ");
    }

    private static Set<String> distinctiveWords(String normalised) {
        return Arrays.stream(normalised.split(" "))
                .filter(w -> w.length() > 2 && !GENERIC_WORDS.contains(w))
                .collect(Collectors.toSet());
    }

    private static boolean same(String a, String b) {
        return a != null && b != null && !a.isBlank() && a.trim().equalsIgnoreCase(b.trim());
    }
}
