package org.smartpick.core.recommend;

import java.util.List;
import org.smartpick.core.chance.Contribution;
import org.smartpick.core.eligibility.Condition;

/**
 * One program the applicant may apply to: its identity and facts with sources, the eligibility verdict (eligible,
 * the conditions it is open under, if any: its chances hold only if they are met, and what to verify), the model's
 * chances with their contributions and range, the tier and why (from the program's facts and the chance there, see
 * {@link org.smartpick.core.tiers.TierClassifier}), whether it is an alternative pathway, whether the optimizer
 * selected it and the signal to send (null for none).
 */
public record ProgramResult(
        String id,
        String name,
        String institution,
        String city,
        String state,
        String specialtyCode,
        String specialtyName,
        String track,
        String cycle,
        String role,
        boolean eligible,
        List<Condition> conditions,
        List<String> verify,
        double pInterview,
        double pMatch,
        double pMatchLow,
        double pMatchHigh,
        List<Contribution> contributions,
        List<String> reasons,
        String tier,
        String tierReason,
        boolean pathway,
        boolean selected,
        String signal,
        List<FactView> facts) {
    public ProgramResult {
        conditions = List.copyOf(conditions);
        verify = List.copyOf(verify);
        contributions = List.copyOf(contributions);
        reasons = List.copyOf(reasons);
        facts = List.copyOf(facts);
    }
}
