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
        Map<InterviewRateRow, JoinDecision> decisions = new LinkedHashMap<>();
        rows.forEach(row -> decisions.put(row, firstPass(index, row)));
        LearnedSponsorNames learned = LearnedSponsorNames.learnedFrom(index, decisions);
        decisions.replaceAll((row, decision) -> decision.isPending() ? secondPass(index, learned, row) : decision);
        return withoutConflicts(decisions);
    }

    /**
     * Rules that rest on the row's own name or on the id; they settle a row with an id hint. Rules that confirm the
     * city come first, so "X Program" in Brooklyn joins "X (Brooklyn)" there rather than "X" in another city.
     */
    private static JoinDecision firstPass(JoinIndex index, InterviewRateRow row) {
        Optional<NameMatch> byName = firstFound(
                InterviewRateNameRules.nameCity(index, row),
                () -> InterviewRateNameRules.otherNameOfIdCity(index, row),
                () -> InterviewRateNameRules.nameWithoutSiteCity(index, row),
                () -> InterviewRateNameRules.nameState(index, row),
                () -> InterviewRateNameRules.otherNameOfIdState(index, row));
        if (row.idHint().isPresent()) {
            return IdHintCheck.decide(index, row, byName);
        }
        return byName.isEmpty() ? JoinDecision.pending() : JoinDecision.of(index, row, byName);
    }

    /** Rules that read a sponsor's name more loosely; only for rows without an id hint that nothing matched yet. */
    private static JoinDecision secondPass(JoinIndex index, LearnedSponsorNames learned, InterviewRateRow row) {
        Optional<NameMatch> match = firstFound(
                learned.match(index, row),
                () -> InterviewRateNameRules.sameSponsorRenamed(index, row),
                () -> InterviewRateNameRules.oneExtraPhrase(index, row));
        return JoinDecision.of(index, row, match);
    }

    @SafeVarargs
    private static Optional<NameMatch> firstFound(Optional<NameMatch> first, Supplier<Optional<NameMatch>>... rest) {
        Optional<NameMatch> found = first;
        for (var next : rest) {
            if (found.isPresent()) {
                return found;
            }
            found = next.get();
        }
        return found;
    }

    /** A program claimed by two or more rows takes none of them: which row is the program cannot be told. */
    private static JoinResult withoutConflicts(Map<InterviewRateRow, JoinDecision> decisions) {
        Map<String, List<Joined>> byProgram = new HashMap<>();
        Set<String> outsideCatalogIds = new HashSet<>();
        List<Unjoined> unjoined = new ArrayList<>();
        for (JoinDecision decision : decisions.values()) {
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
}
