package org.smartpick.app.importing;

import java.util.List;
import java.util.stream.Collectors;

/** Candidates that one rule found for a row. */
record NameMatch(InterviewRateJoin.Rule rule, List<JoinIndex.Candidate> candidates) {
    NameMatch {
        candidates = List.copyOf(candidates);
    }

    String describe() {
        return candidates.stream().map(JoinIndex.Candidate::describe).collect(Collectors.joining(", "));
    }
}
