package org.smartpick.app.importing;

import java.util.List;
import java.util.Optional;

/** A row's outcome before conflicts are checked: joined, unjoined with a reason, or not yet decided. */
record JoinDecision(
        Optional<InterviewRateJoin.Joined> joined, boolean inCatalog, Optional<InterviewRateJoin.Unjoined> unjoined) {
    static JoinDecision pending() {
        return new JoinDecision(Optional.empty(), false, Optional.empty());
    }

    static JoinDecision joined(InterviewRateRow row, JoinIndex.Target program, InterviewRateJoin.Rule rule) {
        return new JoinDecision(
                Optional.of(new InterviewRateJoin.Joined(row, program.id(), rule)),
                program.inCatalog(),
                Optional.empty());
    }

    static JoinDecision unjoined(InterviewRateRow row, InterviewRateJoin.Reason reason, String explanation) {
        return new JoinDecision(
                Optional.empty(), false, Optional.of(new InterviewRateJoin.Unjoined(row, reason, explanation)));
    }

    boolean isPending() {
        return joined.isEmpty() && unjoined.isEmpty();
    }

    /** One candidate joins; two or more join none; none leaves the row for the next pass, or says why. */
    static JoinDecision of(JoinIndex index, InterviewRateRow row, Optional<NameMatch> match) {
        if (match.isEmpty()) {
            return index.noMatch(row);
        }
        List<JoinIndex.Candidate> candidates = match.get().candidates();
        if (candidates.size() == 1) {
            return joined(row, candidates.get(0).program(), match.get().rule());
        }
        return unjoined(
                row,
                InterviewRateJoin.Reason.AMBIGUOUS,
                candidates.size() + " candidates by " + match.get().rule().label() + ": "
                        + match.get().describe() + "; not joined");
    }
}
