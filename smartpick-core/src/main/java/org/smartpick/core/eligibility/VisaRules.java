package org.smartpick.core.eligibility;

import static org.smartpick.core.eligibility.EligibilityRules.CITIZENSHIP_FUNDING;
import static org.smartpick.core.eligibility.EligibilityRules.H1B_REQUIRES_STEP3;
import static org.smartpick.core.eligibility.EligibilityRules.VISA_SPONSORSHIP;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.YesNoUnknown;

/**
 * The rules on visas: sponsorship of a visa the applicant accepts, Step 3 for an H-1B, and funding restricted to
 * citizens. Each reads the program facts {@link EligibilityRule} declares for it.
 */
final class VisaRules {
    private VisaRules() {}

    /** A program must sponsor at least one visa the applicant accepts; unknown sponsorship is "verify". */
    static RuleOutcome visaSponsorship(EligibilityFacts profile, CitedProfileFacts facts, Program program) {
        Supplier<String> programFact = () -> EligibilityRules.sponsorshipFacts(program);
        Supplier<String> profileFact = facts.visa();
        if (!profile.visa().needsSponsorship()) {
            return new RuleOutcome(
                    VISA_SPONSORSHIP,
                    RuleEffect.PASSES,
                    () -> "You do not need visa sponsorship.",
                    programFact,
                    profileFact);
        }
        List<VisaType> accepted = EligibilityRules.acceptedVisas(profile.visa());
        boolean unknown = false;
        for (VisaType visa : accepted) {
            YesNoUnknown s = EligibilityRules.sponsorship(program, visa);
            if (s == YesNoUnknown.YES) {
                return new RuleOutcome(
                        VISA_SPONSORSHIP,
                        RuleEffect.PASSES,
                        () -> "The program sponsors " + visaName(visa) + ", which you accept.",
                        programFact,
                        profileFact);
            }
            unknown |= s == YesNoUnknown.UNKNOWN;
        }
        if (unknown) {
            return new RuleOutcome(
                    VISA_SPONSORSHIP,
                    RuleEffect.VERIFY,
                    () ->
                            "No source states whether this program sponsors the visas you accept (an answer inferred from "
                                    + "another program does not rule it out); ask the program before applying.",
                    programFact,
                    profileFact);
        }
        return new RuleOutcome(
                VISA_SPONSORSHIP,
                RuleEffect.EXCLUDES,
                () -> "The program sponsors none of the visas you accept.",
                programFact,
                profileFact);
    }

    /**
     * Applicants who can only train on an H-1B need Step 3 passed: the H-1B petition requires it. While Step 3 sat
     * now can still bring its result by the rank-list deadline, that is a condition, not an exclusion.
     */
    static RuleOutcome h1bRequiresStep3(
            EligibilityFacts profile,
            CitedProfileFacts facts,
            boolean h1bOnly,
            Program program,
            Optional<SeasonDeadlines> deadlines) {
        Supplier<String> programFact = () -> "H-1B " + EligibilityRules.sponsorship(program, VisaType.H1B);
        boolean passed = profile.usmle().step3().passed();
        Supplier<String> profileFact = facts.h1b();
        if (!h1bOnly) {
            return new RuleOutcome(
                    H1B_REQUIRES_STEP3,
                    RuleEffect.PASSES,
                    () -> "You do not depend on an H-1B, so Step 3 is not required to start.",
                    programFact,
                    profileFact);
        }
        if (passed) {
            return new RuleOutcome(
                    H1B_REQUIRES_STEP3,
                    RuleEffect.PASSES,
                    () -> "You passed Step 3, which an H-1B petition for residency requires.",
                    programFact,
                    profileFact);
        }
        if (deadlines.isPresent() && deadlines.get().step3StillInTime()) {
            SeasonDeadlines d = deadlines.get();
            Condition condition = new Condition(
                    ConditionKind.STEP3_PASSED,
                    d.step3PassBy(),
                    "An H-1B petition for residency "
                            + "needs Step 3 passed, and programs that sponsor the H-1B want the result before they rank (the "
                            + "rank-list deadline); results take about " + d.step3ResultDays()
                            + " days, so sit Step 3 by " + d.step3SitBy() + ".");
            return new RuleOutcome(
                    H1B_REQUIRES_STEP3,
                    RuleEffect.CONDITION,
                    () -> "Open to you if you pass Step 3 by "
                            + d.step3PassBy() + ": you accept only an H-1B, which needs it; sit Step 3 by "
                            + d.step3SitBy()
                            + " (results take about " + d.step3ResultDays() + " days), or accept a J-1.",
                    programFact,
                    profileFact,
                    Optional.of(condition));
        }
        String tooLate = deadlines
                .map(d -> " A Step 3 result by this season's rank-list deadline (" + d.step3PassBy()
                        + ") needed the exam by " + d.step3SitBy() + ".")
                .orElse("");
        return new RuleOutcome(
                H1B_REQUIRES_STEP3,
                RuleEffect.EXCLUDES,
                () ->
                        "You accept only an H-1B, and an H-1B for residency needs Step 3 passed; pass Step 3 or accept a J-1."
                                + tooLate,
                programFact,
                profileFact);
    }

    /** Whether the applicant can only train on an H-1B: needs sponsorship and accepts no other visa. */
    static boolean h1bOnly(Visa visa) {
        return visa.needsSponsorship() && visa.accepts().equals(List.of(VisaType.H1B));
    }

    /** Positions funded for US citizens and permanent residents only are closed to applicants who need a visa. */
    static RuleOutcome citizenshipRestrictedFunding(
            EligibilityFacts profile, CitedProfileFacts facts, Program program) {
        YesNoUnknown restricted = RuleFact.citizenshipRestricted(program);
        Supplier<String> programFact = () -> "citizenship-restricted funding " + restricted;
        boolean needsVisa = profile.visa().needsSponsorship();
        Supplier<String> profileFact = facts.citizenship();
        if (!needsVisa) {
            return new RuleOutcome(
                    CITIZENSHIP_FUNDING,
                    RuleEffect.PASSES,
                    () -> "You do not need a visa, so citizenship-restricted funding does not apply to you.",
                    programFact,
                    profileFact);
        }
        if (restricted == YesNoUnknown.YES) {
            return new RuleOutcome(
                    CITIZENSHIP_FUNDING,
                    RuleEffect.EXCLUDES,
                    () -> "The program's positions are funded for US citizens and permanent residents only.",
                    programFact,
                    profileFact);
        }
        if (restricted == YesNoUnknown.UNKNOWN) {
            return new RuleOutcome(
                    CITIZENSHIP_FUNDING,
                    RuleEffect.VERIFY,
                    () ->
                            "No source says whether the positions are open to visa holders (some are funded for citizens only); ask the program.",
                    programFact,
                    profileFact);
        }
        return new RuleOutcome(
                CITIZENSHIP_FUNDING,
                RuleEffect.PASSES,
                () -> "The program's funding is not restricted to citizens.",
                programFact,
                profileFact);
    }

    private static String visaName(VisaType visa) {
        return visa == VisaType.J1 ? "the J-1" : "the H-1B";
    }
}
