package org.smartpick.core.eligibility;

import static org.smartpick.core.eligibility.EligibilityRules.ECFMG_CERTIFICATION;

import java.util.Optional;
import java.util.function.Supplier;
import org.smartpick.core.applicant.ExamResult;

/** The rule on ECFMG certification, which reads no program fact: every IMG needs it, whatever the program. */
final class EcfmgCertificationRule {
    private EcfmgCertificationRule() {}

    /**
     * IMGs must be ECFMG certified to start residency (July 1 of the season year) and to get a J-1: for an IMG not
     * yet certified, a condition dated by the season's residency start (a point to verify without the season's dates).
     */
    static RuleOutcome outcome(EligibilityFacts profile, int seasonYear, Optional<SeasonDeadlines> deadlines) {
        Supplier<String> programFact = () -> "ECFMG certification required by July 1, " + seasonYear;
        Supplier<String> profileFact = () -> "ECFMG certified: " + (profile.ecfmgCertified() ? "yes" : "no");
        if (!profile.applicantType().isImg()) {
            return new RuleOutcome(
                    ECFMG_CERTIFICATION,
                    RuleEffect.PASSES,
                    () -> "As a US graduate you do not need ECFMG certification.",
                    programFact,
                    profileFact);
        }
        if (profile.ecfmgCertified()) {
            return new RuleOutcome(
                    ECFMG_CERTIFICATION, RuleEffect.PASSES, () -> "You are ECFMG certified.", programFact, profileFact);
        }
        boolean examsDone = profile.usmle().step1().result() == ExamResult.PASS
                && profile.usmle().step2ck().taken();
        String missing = examsDone
                ? "finish the remaining ECFMG requirements"
                : "pass Step 1 and Step 2 CK, then finish the remaining ECFMG requirements";
        Optional<SeasonDeadlines> inTime = deadlines.filter(d -> d.stillAhead(d.ecfmgBy()));
        if (inTime.isPresent()) {
            SeasonDeadlines d = inTime.get();
            Condition condition = new Condition(
                    ConditionKind.ECFMG_CERTIFIED,
                    d.ecfmgBy(),
                    "Every IMG must be ECFMG "
                            + "certified to start residency (and for the J-1); many programs want it by the rank-list deadline, "
                            + d.step3PassBy() + ".");
            return new RuleOutcome(
                    ECFMG_CERTIFICATION,
                    RuleEffect.CONDITION,
                    () -> "Open to you if you are ECFMG certified by " + d.ecfmgBy() + ": " + missing
                            + "; many programs want it by the rank-list deadline, " + d.step3PassBy() + ".",
                    programFact,
                    profileFact,
                    Optional.of(condition));
        }
        return new RuleOutcome(
                ECFMG_CERTIFICATION,
                RuleEffect.VERIFY,
                () -> "You are not yet ECFMG certified: " + missing + " before July 1, " + seasonYear
                        + "; many programs want it by the rank-list deadline.",
                programFact,
                profileFact);
    }
}
