package org.smartpick.app.importing;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Sponsor names learned from rows joined through an id (hint or another source's name): in that city the sponsor
 * the file calls "Wake Forest University Baptist Medical Center" is the catalog's "Wake Forest University School of
 * Medicine", so a row of another specialty with that name and city joins the one program of that catalog name there.
 */
record LearnedSponsorNames(Map<String, Set<String>> catalogNamesByRowName) {
    static LearnedSponsorNames learnedFrom(JoinIndex index, Map<InterviewRateRow, JoinDecision> decisions) {
        Map<String, Set<String>> learned = new HashMap<>();
        Set<InterviewRateJoin.Rule> throughId = Set.of(
                InterviewRateJoin.Rule.ID_HINT,
                InterviewRateJoin.Rule.OTHER_NAME_OF_ID_CITY,
                InterviewRateJoin.Rule.OTHER_NAME_OF_ID_STATE);
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
        return new LearnedSponsorNames(learned);
    }

    private static String rowKey(JoinIndex index, InterviewRateRow row) {
        return index.nameKey(row) + "|" + index.cityKey(row) + "|" + row.state();
    }

    Optional<NameMatch> match(JoinIndex index, InterviewRateRow row) {
        Set<String> names = catalogNamesByRowName.getOrDefault(rowKey(index, row), Set.of());
        Predicate<JoinIndex.Candidate> learnedName = c -> names.contains(c.nameKey() + "|" + c.cityKey());
        return names.isEmpty()
                ? Optional.empty()
                : index.match(row, InterviewRateJoin.Rule.SPONSOR_NAME_FROM_OTHER_SPECIALTY_CITY, learnedName);
    }
}
