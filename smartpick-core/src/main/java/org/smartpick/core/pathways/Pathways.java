package org.smartpick.core.pathways;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.smartpick.core.common.CsvTable;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.common.Problem;

/** The pathway families of {@code data/policy/pathways.csv}; adding a family is adding rows. */
public record Pathways(List<PathwayTrack> tracks) {
    public Pathways {
        tracks = List.copyOf(tracks);
    }

    public List<PathwayTrack> family(String family) {
        return tracks.stream().filter(t -> t.family().equals(family)).toList();
    }

    public Optional<PathwayTrack> findTrack(String family, String specialtyCode) {
        return family(family).stream()
                .filter(t -> t.specialtyCode().equals(specialtyCode))
                .findFirst();
    }

    /** The specialty codes whose programs mark an institution as running the family. */
    public Set<String> familyProgramCodes(String family) {
        return family(family).stream()
                .filter(PathwayTrack::familyProgram)
                .map(PathwayTrack::specialtyCode)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The families of the rows that read well, and every problem found, by line and column. */
    public static Parsed<Pathways> from(CsvTable table) {
        List<Problem> problems = new ArrayList<>(table.missingColumns(List.of("family", "specialty_code", "role")));
        List<PathwayTrack> tracks = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            int before = problems.size();
            String where = "line " + row.lineNumber() + ", column ";
            Optional<String> family = row.find("family");
            Optional<String> code = row.find("specialty_code").filter(c -> c.matches("\\d{3}"));
            Optional<PathwayRole> role = row.find("role").flatMap(Pathways::role);
            Optional<OptionalDouble> utility = utility(row.find("default_utility"));
            Optional<Boolean> familyProgram = row.find("family_program")
                    .map(v -> v.toLowerCase(Locale.ROOT))
                    .filter(v -> v.equals("true") || v.equals("false"))
                    .map(Boolean::parseBoolean);
            require(family.isPresent(), where + "family", "must name the family (e.g. genetics)", problems);
            require(code.isPresent(), where + "specialty_code", "must be a 3-digit ACGME code", problems);
            require(role.isPresent(), where + "role", "must be GOAL, PATHWAY or LINK", problems);
            require(utility.isPresent(), where + "default_utility", "must be blank or a number in (0, 1]", problems);
            require(familyProgram.isPresent(), where + "family_program", "must be true or false", problems);
            require(
                    role.isEmpty()
                            || role.get() == PathwayRole.LINK
                            || utility.map(OptionalDouble::isPresent).orElse(true),
                    where + "default_utility",
                    "is required for GOAL and PATHWAY rows",
                    problems);
            if (problems.size() == before) {
                tracks.add(new PathwayTrack(
                        family.get(),
                        code.get(),
                        role.get(),
                        utility.get(),
                        familyProgram.get(),
                        row.find("description").orElse(""),
                        row.find("source_url").orElse("")));
            }
        }
        return Parsed.withProblems(new Pathways(tracks), problems);
    }

    private static void require(boolean ok, String field, String message, List<Problem> problems) {
        if (!ok) {
            problems.add(new Problem(field, message));
        }
    }

    private static Optional<PathwayRole> role(String value) {
        try {
            return Optional.of(PathwayRole.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Blank is a valid "no default"; otherwise a number in (0, 1]. */
    private static Optional<OptionalDouble> utility(Optional<String> value) {
        if (value.isEmpty()) {
            return Optional.of(OptionalDouble.empty());
        }
        try {
            double parsed = Double.parseDouble(value.get());
            return parsed > 0 && parsed <= 1 ? Optional.of(OptionalDouble.of(parsed)) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
