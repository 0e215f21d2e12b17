package org.smartpick.app.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.smartpick.core.program.Program;

/**
 * Joins interview-rate rows, which name a program by specialty, name, city and state, to catalog programs (ACGME ids).
 * A wrong join is worse than none: every rule stays within the row's specialty and state, a rule that finds two
 * candidates joins neither, a program claimed by two rows takes neither, and there is no edit-distance matching (it
 * would pick another hospital of the same sponsor). Rules are tried strongest first; the first that finds any
 * candidate decides. Besides the catalog's programs, a row can join an ACGME program that only another source lists
 * (Residency Explorer 2021: OB/GYN programs that apply through ResidencyCAS now, programs closed since); such a row
 * keeps its id but gives no facts. Rows that join nothing stay unjoined with the reason.
 */
public final class InterviewRateJoin {
    private InterviewRateJoin() {}

    /** The rule that joined a row, strongest first. */
    public enum Rule {
        ID_HINT("id hint"),
        NAME_CITY("exact name+city+state"),
        OTHER_NAME_OF_ID_CITY("name the id had in another source+city+state"),
        NAME_WITHOUT_SITE_CITY("name without parenthesised site+city+state"),
        NAME_STATE("exact name+state"),
        OTHER_NAME_OF_ID_STATE("name the id had in another source+state"),
        SPONSOR_NAME_FROM_OTHER_SPECIALTY_CITY("sponsor name joined by id in another specialty+city+state"),
        SAME_SPONSOR_RENAMED_CITY("renamed sponsor+city+state"),
        ONE_EXTRA_PHRASE_CITY("one extra phrase+city+state");

        private final String label;

        Rule(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** Why a row did not join. */
    public enum Reason {
        NO_PROGRAM_OF_SPECIALTY_IN_STATE("no program of the specialty in the state"),
        NO_NAME_MATCH("no name match"),
        AMBIGUOUS("ambiguous"),
        ID_HINT_DISAGREES("id hint disagrees"),
        ID_HINT_NOT_IN_CATALOG("id hint not in catalog"),
        CONFLICT("conflict");

        private final String label;

        Reason(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** What else is known about names: other names of ACGME ids, and sponsors known under two names. */
    public record NameEvidence(List<ProgramAlias> aliases, List<SameSponsor> sameSponsors) {
        public NameEvidence {
            aliases = List.copyOf(aliases);
            sameSponsors = List.copyOf(sameSponsors);
        }

        public static NameEvidence none() {
            return new NameEvidence(List.of(), List.of());
        }
    }

    public record Joined(InterviewRateRow row, String programId, Rule rule) {
        public Joined {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(programId, "programId");
            Objects.requireNonNull(rule, "rule");
        }
    }

    public record Unjoined(InterviewRateRow row, Reason reason, String explanation) {
        public Unjoined {
            Objects.requireNonNull(row, "row");
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(explanation, "explanation");
        }
    }

    /**
     * Rows joined to a catalog program, rows joined to an ACGME program the catalog does not list (their rates become
     * no facts until that program is in the catalog), and unjoined rows, each in line order; every input row is in
     * exactly one list.
     */
    public record JoinResult(List<Joined> joined, List<Joined> outsideCatalog, List<Unjoined> unjoined) {
        public JoinResult {
            joined = inLineOrder(joined);
            outsideCatalog = inLineOrder(outsideCatalog);
            unjoined = unjoined.stream()
                    .sorted(Comparator.comparingLong(u -> u.row().line()))
                    .toList();
        }

        private static List<Joined> inLineOrder(List<Joined> joined) {
            return joined.stream()
                    .sorted(Comparator.comparingLong(j -> j.row().line()))
                    .toList();
        }

        /** Rows joined to an ACGME id (in the catalog or not) and rows in all, by specialty code. */
        public SortedMap<String, Count> countsBySpecialty() {
            SortedMap<String, Count> counts = new TreeMap<>();
            joined.forEach(j -> counts.merge(j.row().specialtyCode(), new Count(1, 1), Count::plus));
            outsideCatalog.forEach(j -> counts.merge(j.row().specialtyCode(), new Count(1, 1), Count::plus));
            unjoined.forEach(u -> counts.merge(u.row().specialtyCode(), new Count(0, 1), Count::plus));
            return counts;
        }

        /** Rows joined to an ACGME id, of all rows. */
        public Count total() {
            int rows = joined.size() + outsideCatalog.size() + unjoined.size();
            return new Count(joined.size() + outsideCatalog.size(), rows);
        }

        /** Rows joined to a catalog program (those that become facts), of all rows. */
        public Count inCatalog() {
            return new Count(joined.size(), joined.size() + outsideCatalog.size() + unjoined.size());
        }
    }

    /** {@code joined} of {@code total} rows. */
    public record Count(int joined, int total) {
        Count plus(Count other) {
            return new Count(joined + other.joined, total + other.total);
        }

        public double share() {
            return total == 0 ? 0 : (double) joined / total;
        }
    }

    /** Joins on the names the rows and the catalog give, without other sources. */
    public static JoinResult join(List<InterviewRateRow> rows, List<Program> programs) {
        return join(rows, programs, NameEvidence.none());
    }

    public static JoinResult join(List<InterviewRateRow> rows, List<Program> programs, NameEvidence evidence) {
        JoinIndex index = new JoinIndex(rows, programs, evidence);
        Map<InterviewRateRow, Decision> decisions = new LinkedHashMap<>();
        rows.forEach(row -> decisions.put(row, firstPass(index, row)));
        SponsorNames learned = SponsorNames.learnedFrom(index, decisions);
        decisions.replaceAll((row, decision) -> decision.isPending() ? secondPass(index, learned, row) : decision);
        return withoutConflicts(decisions);
    }

    /**
     * Rules that rest on the row's own name or on the id; they settle a row with an id hint. Rules that confirm the
     * city come first, so "X Program" in Brooklyn joins "X (Brooklyn)" there rather than "X" in another city.
     */
    private static Decision firstPass(JoinIndex index, InterviewRateRow row) {
        Optional<Match> byName = firstFound(
                nameCity(index, row),
                () -> otherNameOfIdCity(index, row),
                () -> nameWithoutSiteCity(index, row),
                () -> nameState(index, row),
                () -> otherNameOfIdState(index, row));
        if (row.idHint().isPresent()) {
            return HintCheck.decide(index, row, byName);
        }
        return byName.isEmpty() ? Decision.pending() : Decision.of(index, row, byName);
    }

    /** Rules that read a sponsor's name more loosely; only for rows without an id hint that nothing matched yet. */
    private static Decision secondPass(JoinIndex index, SponsorNames learned, InterviewRateRow row) {
        Optional<Match> match = firstFound(
                learned.match(index, row), () -> sameSponsorRenamed(index, row), () -> oneExtraPhrase(index, row));
        return Decision.of(index, row, match);
    }

    @SafeVarargs
    private static Optional<Match> firstFound(Optional<Match> first, Supplier<Optional<Match>>... rest) {
        Optional<Match> found = first;
        for (var next : rest) {
            if (found.isPresent()) {
                return found;
            }
            found = next.get();
        }
        return found;
    }

    /** Same normalised name in the same city: the plain case, about four rows in five. */
    static Optional<Match> nameCity(JoinIndex index, InterviewRateRow row) {
        return index.match(row, Rule.NAME_CITY, c -> c.nameKey().equals(index.nameKey(row)) && index.sameCity(row, c));
    }

    /**
     * Same normalised name in another city of the state (a sponsor's address against a site's, "La Jolla" and "San
     * Diego"), only when no other row of the specialty and state has that name: a sponsor that names several sites
     * alike ("Campbell University Program" in Elkin and in Lumberton) must be told apart by city.
     */
    static Optional<Match> nameState(JoinIndex index, InterviewRateRow row) {
        if (index.rowsNamedLike(row) > 1) {
            return Optional.empty();
        }
        return index.match(row, Rule.NAME_STATE, c -> c.nameKey().equals(index.nameKey(row)));
    }

    /**
     * The row's name is a name another source gave the program's id (Residency Explorer 2021, FREIDA 2025 use the
     * ACGME names this file uses), in the city of that source or of the catalog.
     */
    static Optional<Match> otherNameOfIdCity(JoinIndex index, InterviewRateRow row) {
        return index.match(
                row,
                Rule.OTHER_NAME_OF_ID_CITY,
                c -> c.aliases().stream()
                        .anyMatch(a -> a.nameKey().equals(index.nameKey(row))
                                && (a.cityKey().equals(index.cityKey(row)) || index.sameCity(row, c))));
    }

    /** As {@link #otherNameOfIdCity} in another city of the state, with the same one-row-per-name condition as {@link #nameState}. */
    static Optional<Match> otherNameOfIdState(JoinIndex index, InterviewRateRow row) {
        if (index.rowsNamedLike(row) > 1) {
            return Optional.empty();
        }
        return index.match(
                row,
                Rule.OTHER_NAME_OF_ID_STATE,
                c -> c.aliases().stream().anyMatch(a -> a.nameKey().equals(index.nameKey(row))));
    }

    /**
     * The names agree once a parenthesised site naming the row's city is dropped from one of them: "NYU Grossman
     * School of Medicine" in Brooklyn and "NYU Grossman School of Medicine (Brooklyn)". Any other difference in
     * parentheses names another site ("(Madras)" against none in Portland, "(Caldwell)" against "(Boise)") and does
     * not match. Two programs left in one city join neither.
     */
    static Optional<Match> nameWithoutSiteCity(JoinIndex index, InterviewRateRow row) {
        String key = ProgramNameTokens.keyWithoutParentheses(row.programName());
        Set<String> sites = ProgramNameTokens.parenthesisedKeys(row.programName());
        return index.match(
                row,
                Rule.NAME_WITHOUT_SITE_CITY,
                c -> c.keyWithoutParentheses().equals(key)
                        && index.sameCity(row, c)
                        && onlyTheCityDiffers(sites, c.parenthesised(), index.cityKey(row)));
    }

    private static boolean onlyTheCityDiffers(Set<String> rowSites, Set<String> programSites, String cityKey) {
        Set<String> differing = new HashSet<>(rowSites);
        differing.addAll(programSites);
        Set<String> shared = new HashSet<>(rowSites);
        shared.retainAll(programSites);
        differing.removeAll(shared);
        return differing.isEmpty() || differing.equals(Set.of(cityKey));
    }

    /** A hand-checked sponsor rename of the state ({@link SameSponsor}) makes the names equal, or one phrase apart, in the same city. */
    static Optional<Match> sameSponsorRenamed(JoinIndex index, InterviewRateRow row) {
        ProgramNameTokens name = ProgramNameTokens.of(row.programName());
        List<ProgramNameTokens> renamed = index.sameSponsors(row.state()).stream()
                .flatMap(
                        s -> name
                                .replacing(
                                        ProgramNameTokens.of(s.rateFileName()), ProgramNameTokens.of(s.catalogName()))
                                .stream())
                .toList();
        return index.match(
                row,
                Rule.SAME_SPONSOR_RENAMED_CITY,
                c -> index.sameCity(row, c)
                        && renamed.stream()
                                .anyMatch(r -> r.key().equals(c.nameKey())
                                        || ProgramNameTokens.differByOnePhrase(r, c.tokens(), c.cityKey())));
    }

    /** The names differ by one added phrase ({@link ProgramNameTokens#differByOnePhrase}), in the same city. */
    static Optional<Match> oneExtraPhrase(JoinIndex index, InterviewRateRow row) {
        ProgramNameTokens name = ProgramNameTokens.of(row.programName());
        return index.match(
                row,
                Rule.ONE_EXTRA_PHRASE_CITY,
                c -> index.sameCity(row, c) && ProgramNameTokens.differByOnePhrase(name, c.tokens(), c.cityKey()));
    }

    /** A program claimed by two or more rows takes none of them: which row is the program cannot be told. */
    private static JoinResult withoutConflicts(Map<InterviewRateRow, Decision> decisions) {
        Map<String, List<Joined>> byProgram = new HashMap<>();
        Set<String> outsideCatalogIds = new HashSet<>();
        List<Unjoined> unjoined = new ArrayList<>();
        for (Decision decision : decisions.values()) {
            decision.joined()
                    .ifPresent(j -> byProgram
                            .computeIfAbsent(j.programId(), id -> new ArrayList<>())
                            .add(j));
            decision.joined().filter(j -> !decision.inCatalog()).ifPresent(j -> outsideCatalogIds.add(j.programId()));
            decision.unjoined().ifPresent(unjoined::add);
        }
        List<Joined> joined = new ArrayList<>();
        List<Joined> outsideCatalog = new ArrayList<>();
        for (List<Joined> claims : byProgram.values()) {
            if (claims.size() == 1) {
                (outsideCatalogIds.contains(claims.get(0).programId()) ? outsideCatalog : joined).add(claims.get(0));
            } else {
                String lines = claims.stream()
                        .map(j -> String.valueOf(j.row().line()))
                        .sorted()
                        .collect(Collectors.joining(", "));
                claims.forEach(j -> unjoined.add(new Unjoined(
                        j.row(),
                        Reason.CONFLICT,
                        "lines " + lines + " all match program " + j.programId()
                                + "; a program takes one row, so none is joined")));
            }
        }
        return new JoinResult(joined, outsideCatalog, unjoined);
    }

    /** Candidates that one rule found for a row. */
    record Match(Rule rule, List<JoinIndex.Candidate> candidates) {
        Match {
            candidates = List.copyOf(candidates);
        }

        String describe() {
            return candidates.stream().map(JoinIndex.Candidate::describe).collect(Collectors.joining(", "));
        }
    }

    /** A row's outcome before conflicts are checked: joined, unjoined with a reason, or not yet decided. */
    record Decision(Optional<Joined> joined, boolean inCatalog, Optional<Unjoined> unjoined) {
        static Decision pending() {
            return new Decision(Optional.empty(), false, Optional.empty());
        }

        static Decision joined(InterviewRateRow row, JoinIndex.Target program, Rule rule) {
            return new Decision(
                    Optional.of(new Joined(row, program.id(), rule)), program.inCatalog(), Optional.empty());
        }

        static Decision unjoined(InterviewRateRow row, Reason reason, String explanation) {
            return new Decision(Optional.empty(), false, Optional.of(new Unjoined(row, reason, explanation)));
        }

        boolean isPending() {
            return joined.isEmpty() && unjoined.isEmpty();
        }

        /** One candidate joins; two or more join none; none leaves the row for the next pass, or says why. */
        static Decision of(JoinIndex index, InterviewRateRow row, Optional<Match> match) {
            if (match.isEmpty()) {
                return index.noMatch(row);
            }
            List<JoinIndex.Candidate> candidates = match.get().candidates();
            if (candidates.size() == 1) {
                return joined(row, candidates.get(0).program(), match.get().rule());
            }
            return unjoined(
                    row,
                    Reason.AMBIGUOUS,
                    candidates.size() + " candidates by " + match.get().rule().label() + ": "
                            + match.get().describe() + "; not joined");
        }
    }

    /** An id hint (from an exact name + state match to FREIDA) must agree with the names, or the row stays unjoined. */
    static final class HintCheck {
        private HintCheck() {}

        static Decision decide(JoinIndex index, InterviewRateRow row, Optional<Match> byName) {
            String hint = row.idHint().orElseThrow();
            Optional<JoinIndex.Candidate> hinted = index.candidate(row, hint);
            if (hinted.isEmpty()) {
                return index.program(hint)
                        .map(p -> Decision.unjoined(
                                row,
                                Reason.ID_HINT_DISAGREES,
                                "id hint " + hint + " ("
                                        + p.name() + ", " + p.city() + ") is a program in " + p.state()
                                        + ", the row is in " + row.state()
                                        + "; not joined"))
                        .orElseGet(() -> Decision.unjoined(
                                row, Reason.ID_HINT_NOT_IN_CATALOG, "id hint " + hint + " is not a catalog program"));
            }
            if (byName.isEmpty()) {
                return Decision.joined(row, hinted.get().program(), Rule.ID_HINT);
            }
            List<JoinIndex.Candidate> candidates = byName.get().candidates();
            if (candidates.size() == 1 && candidates.get(0).program().id().equals(hint)) {
                return Decision.joined(row, hinted.get().program(), byName.get().rule());
            }
            return Decision.unjoined(
                    row,
                    Reason.ID_HINT_DISAGREES,
                    "id hint " + hinted.get().describe() + " disagrees with "
                            + byName.get().rule().label() + ": " + byName.get().describe() + "; not joined");
        }
    }

    /**
     * Sponsor names learned from rows joined through an id (hint or another source's name): in that city the sponsor
     * the file calls "Wake Forest University Baptist Medical Center" is the catalog's "Wake Forest University School of
     * Medicine", so a row of another specialty with that name and city joins the one program of that catalog name there.
     */
    record SponsorNames(Map<String, Set<String>> catalogNamesByRowName) {
        static SponsorNames learnedFrom(JoinIndex index, Map<InterviewRateRow, Decision> decisions) {
            Map<String, Set<String>> learned = new HashMap<>();
            Set<Rule> throughId = Set.of(Rule.ID_HINT, Rule.OTHER_NAME_OF_ID_CITY, Rule.OTHER_NAME_OF_ID_STATE);
            decisions.forEach((row, decision) -> decision.joined()
                    .filter(j -> throughId.contains(j.rule()))
                    .ifPresent(j -> {
                        JoinIndex.Candidate program =
                                index.candidate(row, j.programId()).orElseThrow();
                        if (!program.nameKey().equals(index.nameKey(row))) {
                            learned.computeIfAbsent(rowKey(index, row), k -> new HashSet<>())
                                    .add(program.nameKey() + "|" + program.cityKey());
                        }
                    }));
            return new SponsorNames(learned);
        }

        private static String rowKey(JoinIndex index, InterviewRateRow row) {
            return index.nameKey(row) + "|" + index.cityKey(row) + "|" + row.state();
        }

        Optional<Match> match(JoinIndex index, InterviewRateRow row) {
            Set<String> names = catalogNamesByRowName.getOrDefault(rowKey(index, row), Set.of());
            Predicate<JoinIndex.Candidate> learnedName = c -> names.contains(c.nameKey() + "|" + c.cityKey());
            return names.isEmpty()
                    ? Optional.empty()
                    : index.match(row, Rule.SPONSOR_NAME_FROM_OTHER_SPECIALTY_CITY, learnedName);
        }
    }
}
