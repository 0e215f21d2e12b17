package org.smartpick.core.recommend;

import java.util.List;
import java.util.Optional;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.chance.Contribution;
import org.smartpick.core.eligibility.Condition;
import org.smartpick.core.optimize.SignalKind;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.program.Track;
import org.smartpick.core.tiers.Tier;

/**
 * One program the applicant may apply to (every program an answer lists is one: those no list can hold are
 * {@link ExcludedProgram}s): its identity and facts with sources, the conditions it is open under, if any (its chances
 * hold only if they are met), what to verify, the model's chances with their contributions and range, the tier and why
 * (from the program's facts and the chance there, see {@link org.smartpick.core.tiers.TierClassifier}), whether it is
 * an alternative pathway, whether the optimizer selected it and the signal to send there, if any. The API's JSON is
 * mapped from it at the edge.
 */
public record ProgramResult(
        String id,
        String name,
        String institution,
        String city,
        String state,
        String specialtyCode,
        String specialtyName,
        Track track,
        ApplicationCycle cycle,
        TargetRole role,
        List<Condition> conditions,
        List<String> verify,
        double pInterview,
        double pMatch,
        double pMatchLow,
        double pMatchHigh,
        List<Contribution> contributions,
        List<String> reasons,
        Tier tier,
        String tierReason,
        boolean pathway,
        boolean selected,
        Optional<SignalKind> signal,
        List<FactView> facts) {
    public ProgramResult {
        conditions = List.copyOf(conditions);
        verify = List.copyOf(verify);
        contributions = List.copyOf(contributions);
        reasons = List.copyOf(reasons);
        facts = List.copyOf(facts);
    }
}
