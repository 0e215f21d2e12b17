package org.smartpick.app.importing;

import java.util.List;
import java.util.Optional;

/** An id hint (from an exact name + state match to FREIDA) must agree with the names, or the row stays unjoined. */
final class IdHintCheck {
    private IdHintCheck() {}

    static JoinDecision decide(JoinIndex index, InterviewRateRow row, Optional<NameMatch> byName) {
        String hint = row.idHint().orElseThrow();
        Optional<JoinIndex.Candidate> hinted = index.candidate(row, hint);
        if (hinted.isEmpty()) {
            return index.program(hint)
                    .map(p -> JoinDecision.unjoined(
                            row,
                            InterviewRateJoin.Reason.ID_HINT_DISAGREES,
                            "id hint " + hint + " ("
                                    + p.name() + ", " + p.city() + ") is a program in " + p.state()
                                    + ", the row is in " + row.state()
                                    + "; not joined"))
                    .orElseGet(() -> JoinDecision.unjoined(
                            row,
                            InterviewRateJoin.Reason.ID_HINT_NOT_IN_CATALOG,
                            "id hint " + hint + " is not a catalog program"));
        }
        if (byName.isEmpty()) {
            return JoinDecision.joined(row, hinted.get().program(), InterviewRateJoin.Rule.ID_HINT);
        }
        List<JoinIndex.Candidate> candidates = byName.get().candidates();
        if (candidates.size() == 1 && candidates.get(0).program().id().equals(hint)) {
            return JoinDecision.joined(row, hinted.get().program(), byName.get().rule());
        }
        return JoinDecision.unjoined(
                row,
                InterviewRateJoin.Reason.ID_HINT_DISAGREES,
                "id hint " + hinted.get().describe() + " disagrees with "
                        + byName.get().rule().label() + ": " + byName.get().describe() + "; not joined");
    }
}
