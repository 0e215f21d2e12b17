package org.smartpick.core.recommend;

import java.util.List;
import java.util.Map;
import org.smartpick.core.applicant.Target;
import org.smartpick.core.chance.ApplicantChances;
import org.smartpick.core.eligibility.EligibilityRules;
import org.smartpick.core.optimize.Candidate;
import org.smartpick.core.optimize.OptimizationRequest;
import org.smartpick.core.signals.SignalRule;

/**
 * What a list is optimized from, for one profile: what was assessed, the optimizer's candidates (one per assessed
 * program that can be applied to, in program-id order) with the assessed program behind each, their fee groups
 * by fee schedule type, the optimizer's request, the signal rules by specialty code (sorted, the order the report
 * lists them in) and the notes so far. A what-if list rechanced from a list assessed alike keeps no assessed
 * programs: it is only compared, never reported nor reused. {@code whatIf}: the list is one a what-if compares
 * ({@link org.smartpick.core.optimize.ApplicationOptimizer#whatIfList}), not the reported plan.
 */
record ListInputs(
        List<Target> targets,
        StatedPreferences preferences,
        List<AssessedProgram> assessed,
        EligibilityRules.ApplicantRules rules,
        ApplicantChances chances,
        List<Candidate> candidates,
        List<AssessedProgram> sources,
        Map<String, String> feeGroups,
        OptimizationRequest request,
        Map<String, SignalRule> signalRules,
        List<String> notes,
        boolean whatIf) {
    /**
     * Whether a profile with these targets, preferences, rules and chances gets the same verdicts, program factors and values
     * at every program of this list's catalog and options, so that only its chances differ.
     */
    boolean assessedAlike(
            List<Target> otherTargets,
            StatedPreferences otherPreferences,
            EligibilityRules.ApplicantRules otherRules,
            ApplicantChances otherChances) {
        return targets.equals(otherTargets)
                && preferences.equals(otherPreferences)
                && rules.sameVerdictsAs(otherRules)
                && chances.sameProgramFactorsAs(otherChances);
    }
}
