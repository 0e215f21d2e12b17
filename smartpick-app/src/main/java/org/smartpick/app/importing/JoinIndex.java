package org.smartpick.app.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.smartpick.app.importing.InterviewRateJoin.NameEvidence;
import org.smartpick.app.importing.InterviewRateJoin.Reason;
import org.smartpick.app.importing.InterviewRateJoin.Rule;
import org.smartpick.core.program.Program;

/**
 * What {@link InterviewRateJoin} looks rows up in: the catalog programs of each specialty and state with their name
 * and city keys and the other names of their ids, how many rows share a name, and the sponsor renames by state.
 */
final class JoinIndex {
    /** A name another source gave a program's id, as keys. */
    record OtherName(String nameKey, String cityKey) {}

    /**
     * A program a row can join: a catalog program, or an ACGME program another source lists that the catalog does not
     * (Residency Explorer 2021 lists the OB/GYN programs that left ERAS for ResidencyCAS). The specialty of an id
     * outside the catalog is its first three digits, as in every ACGME program id.
     */
    record Target(String id, String specialtyCode, String name, String city, String state, boolean inCatalog) {
        static Target of(Program program) {
            return new Target(
                    program.id(), program.specialtyCode(), program.name(), program.city(), program.state(), true);
        }

        static Target outsideCatalog(ProgramAlias alias) {
            return new Target(
                    alias.programId(),
                    alias.programId().substring(0, 3),
                    alias.name(),
                    alias.city(),
                    alias.state(),
                    false);
        }
    }

    /** A program as the rules compare it. */
    record Candidate(
            Target program,
            ProgramNameTokens tokens,
            String nameKey,
            String keyWithoutParentheses,
            Set<String> parenthesised,
            String cityKey,
            List<OtherName> aliases) {
        Candidate {
            parenthesised = Set.copyOf(parenthesised);
            aliases = List.copyOf(aliases);
        }

        String describe() {
            return program.id() + " (" + program.name() + ", " + program.city() + ")";
        }
    }

    private final Map<String, List<Candidate>> bySpecialtyAndState = new HashMap<>();
    private final Map<String, Integer> rowsByName = new HashMap<>();
    private final Map<String, List<SameSponsor>> sameSponsorsByState;
    private final Map<String, String> nameKeys = new HashMap<>();
    private final Map<String, Target> programsById = new HashMap<>();

    /**
     * Indexes the catalog's programs and, as targets outside the catalog, every other id the evidence names (under the
     * first name and city it gives).
     */
    JoinIndex(List<InterviewRateRow> rows, List<Program> programs, NameEvidence evidence) {
        Map<String, List<ProgramAlias>> aliasesById = evidence.aliases().stream()
                .collect(Collectors.groupingBy(ProgramAlias::programId, TreeMap::new, Collectors.toList()));
        List<Target> targets = new ArrayList<>(programs.stream().map(Target::of).toList());
        Set<String> inCatalog = programs.stream().map(Program::id).collect(Collectors.toSet());
        aliasesById.forEach((id, aliases) -> {
            if (!inCatalog.contains(id)) {
                targets.add(Target.outsideCatalog(aliases.get(0)));
            }
        });
        targets.stream()
                .sorted(Comparator.comparing(Target::id))
                .forEach(t -> bySpecialtyAndState
                        .computeIfAbsent(t.specialtyCode() + "|" + t.state(), k -> new ArrayList<>())
                        .add(candidate(t, aliasesById.getOrDefault(t.id(), List.of()))));
        targets.forEach(t -> programsById.put(t.id(), t));
        rows.forEach(row -> rowsByName.merge(nameGroup(row), 1, Integer::sum));
        sameSponsorsByState = evidence.sameSponsors().stream().collect(Collectors.groupingBy(SameSponsor::state));
    }

    /** Another source's name counts only in the program's own state (a program that moved state is not matched by it). */
    private static Candidate candidate(Target program, List<ProgramAlias> aliases) {
        ProgramNameTokens tokens = ProgramNameTokens.of(program.name());
        List<OtherName> others = aliases.stream()
                .filter(a -> a.state().equals(program.state()))
                .map(a -> new OtherName(
                        ProgramNameTokens.of(a.name()).key(), ProgramNameTokens.cityKey(a.city(), a.state())))
                .distinct()
                .toList();
        return new Candidate(
                program,
                tokens,
                tokens.key(),
                ProgramNameTokens.keyWithoutParentheses(program.name()),
                ProgramNameTokens.parenthesisedKeys(program.name()),
                ProgramNameTokens.cityKey(program.city(), program.state()),
                others);
    }

    private String nameGroup(InterviewRateRow row) {
        return row.specialtyCode() + "|" + row.state() + "|" + nameKey(row);
    }

    String nameKey(InterviewRateRow row) {
        return nameKeys.computeIfAbsent(
                row.programName(), name -> ProgramNameTokens.of(name).key());
    }

    String cityKey(InterviewRateRow row) {
        return ProgramNameTokens.cityKey(row.city(), row.state());
    }

    boolean sameCity(InterviewRateRow row, Candidate candidate) {
        return candidate.cityKey().equals(cityKey(row));
    }

    /** How many rows of the row's specialty and state have its name (itself included). */
    int rowsNamedLike(InterviewRateRow row) {
        return rowsByName.getOrDefault(nameGroup(row), 0);
    }

    List<SameSponsor> sameSponsors(String state) {
        return sameSponsorsByState.getOrDefault(state, List.of());
    }

    /** The programs of the row's specialty and state that pass {@code test}, or empty when none does. */
    Optional<NameMatch> match(InterviewRateRow row, Rule rule, Predicate<Candidate> test) {
        List<Candidate> found = candidates(row).stream().filter(test).toList();
        return found.isEmpty() ? Optional.empty() : Optional.of(new NameMatch(rule, found));
    }

    /** The program with this id, of any specialty and state. */
    Optional<Target> program(String programId) {
        return Optional.ofNullable(programsById.get(programId));
    }

    /** The program with this id, if it is of the row's specialty and state. */
    Optional<Candidate> candidate(InterviewRateRow row, String programId) {
        return candidates(row).stream()
                .filter(c -> c.program().id().equals(programId))
                .findFirst();
    }

    private List<Candidate> candidates(InterviewRateRow row) {
        return bySpecialtyAndState.getOrDefault(row.specialtyCode() + "|" + row.state(), List.of());
    }

    /** Why no rule found a program: none of the specialty in the state at all, or none with this name. */
    JoinDecision noMatch(InterviewRateRow row) {
        List<Candidate> inState = candidates(row);
        if (inState.isEmpty()) {
            return JoinDecision.unjoined(
                    row,
                    Reason.NO_PROGRAM_OF_SPECIALTY_IN_STATE,
                    "the catalog has no program of specialty " + row.specialtyCode() + " in " + row.state());
        }
        long inCity = inState.stream().filter(c -> sameCity(row, c)).count();
        return JoinDecision.unjoined(
                row,
                Reason.NO_NAME_MATCH,
                "no program of specialty " + row.specialtyCode() + " in "
                        + row.state() + " with this name (" + inState.size() + " of the specialty in " + row.state()
                        + ", "
                        + inCity + " in " + row.city() + ")");
    }
}
