package org.smartpick.core.eligibility;

import static org.smartpick.core.eligibility.EligibilityRules.ATTEMPTS;
import static org.smartpick.core.eligibility.EligibilityRules.MIN_STEP2;
import static org.smartpick.core.eligibility.EligibilityRules.YEARS_SINCE_GRADUATION;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.smartpick.core.applicant.Usmle;
import org.smartpick.core.program.Program;

/**
 * The rules on a program's stated limits: years since graduation, USMLE sittings and the minimum Step 2 CK. Where
 * no limit is stated, the policy's thresholds decide when the applicant should ask.
 */
final class ProgramLimitRules {
    private final EligibilityPolicy policy;

    ProgramLimitRules(EligibilityPolicy policy) {
        this.policy = policy;
    }

    /** A program's limit on years since medical school graduation, counted to the season's start year. */
    RuleOutcome yearsSinceGraduation(
            EligibilityFacts profile, CitedProfileFacts facts, Program program, int seasonYear) {
        int years = seasonYear - profile.graduationYear();
        Supplier<String> profileFact = facts.years();
        Optional<Integer> limit = RuleFact.known(program.maxYearsSinceGraduation());
        if (limit.isPresent()) {
            Supplier<String> programFact = () -> "accepts graduates up to " + limit.get() + " years out";
            return years > limit.get()
                    ? new RuleOutcome(
                            YEARS_SINCE_GRADUATION,
                            RuleEffect.EXCLUDES,
                            () -> "You graduated " + years + " years before the season; the program accepts at most "
                                    + limit.get() + ".",
                            programFact,
                            profileFact)
                    : new RuleOutcome(
                            YEARS_SINCE_GRADUATION,
                            RuleEffect.PASSES,
                            () -> "Your " + years + " years since graduation are within the program's limit of "
                                    + limit.get() + ".",
                            programFact,
                            profileFact);
        }
        Supplier<String> programFact = () -> "no stated limit on years since graduation";
        if (years > policy.verifyYearsSinceGraduationAbove()) {
            return new RuleOutcome(
                    YEARS_SINCE_GRADUATION,
                    RuleEffect.VERIFY,
                    () -> "You graduated " + years
                            + " years before the season, more than the " + policy.verifyYearsSinceGraduationAbove()
                            + " many programs accept; no source states this program's limit, so ask.",
                    programFact,
                    profileFact);
        }
        return new RuleOutcome(
                YEARS_SINCE_GRADUATION,
                RuleEffect.PASSES,
                () -> "No limit is stated and your " + years + " years since graduation are within common limits.",
                programFact,
                profileFact);
    }

    /** The most sittings of any one USMLE step. */
    static int mostSittings(Usmle u) {
        return Math.max(
                u.step1().attempts(), Math.max(u.step2ck().attempts(), u.step3().attempts()));
    }

    /** A program's limit on USMLE sittings per step; {@code failed} is the profile's {@link EligibilityRules#failedAttempts}. */
    RuleOutcome attempts(EligibilityFacts profile, CitedProfileFacts facts, int failed, Program program) {
        int mostSittings = mostSittings(profile.usmle());
        Supplier<String> profileFact = facts.attempts();
        Optional<Integer> limit = RuleFact.known(program.maxAttempts());
        if (limit.isPresent()) {
            Supplier<String> programFact = () -> "accepts at most " + limit.get() + " sittings per step";
            return mostSittings > limit.get()
                    ? new RuleOutcome(
                            ATTEMPTS,
                            RuleEffect.EXCLUDES,
                            () -> "You sat one step " + mostSittings + " times; the program accepts at most "
                                    + limit.get() + ".",
                            programFact,
                            profileFact)
                    : new RuleOutcome(
                            ATTEMPTS,
                            RuleEffect.PASSES,
                            () -> "Your USMLE sittings are within the program's limit of " + limit.get() + " per step.",
                            programFact,
                            profileFact);
        }
        Supplier<String> programFact = () -> "no stated attempts limit";
        if (failed > policy.verifyFailedAttemptsAbove()) {
            return new RuleOutcome(
                    ATTEMPTS,
                    RuleEffect.VERIFY,
                    () -> "You have " + failed
                            + " failed USMLE attempts and many programs screen them out; no source states this program's policy, so ask.",
                    programFact,
                    profileFact);
        }
        return new RuleOutcome(
                ATTEMPTS,
                RuleEffect.PASSES,
                () -> "No attempts limit is stated and you have " + failed + " failed attempts.",
                programFact,
                profileFact);
    }

    /**
     * A program's minimum Step 2 CK score; an applicant without a score cannot show they meet a stated minimum yet:
     * a condition while the score can still be out when programs begin reviewing, else a point to verify.
     */
    RuleOutcome minimumStep2(
            EligibilityFacts profile, CitedProfileFacts facts, Program program, Optional<SeasonDeadlines> deadlines) {
        var score = profile.usmle().step2ck().score();
        Supplier<String> profileFact = facts.step2();
        Optional<Integer> minimum = RuleFact.known(program.minStep2Score());
        if (minimum.isPresent()) {
            Supplier<String> programFact = () -> "minimum Step 2 CK " + minimum.get();
            Optional<LocalDate> by = deadlines
                    .map(SeasonDeadlines::step2ScoreBy)
                    .filter(d -> deadlines.get().stillAhead(d));
            if (score.isEmpty() && by.isPresent()) {
                Condition condition = new Condition(
                        ConditionKind.STEP2CK_SCORE,
                        by.get(),
                        "The program states a minimum "
                                + "Step 2 CK of " + minimum.get()
                                + " and screens applications from the day residency programs "
                                + "begin reviewing; your score must be out by then.");
                return new RuleOutcome(
                        MIN_STEP2,
                        RuleEffect.CONDITION,
                        () -> "Open to you if your Step 2 CK is at least " + minimum.get() + " and reported by "
                                + by.get() + ", when programs begin reviewing applications.",
                        programFact,
                        profileFact,
                        Optional.of(condition));
            }
            if (score.isEmpty()) {
                return new RuleOutcome(
                        MIN_STEP2,
                        RuleEffect.VERIFY,
                        () -> "The program asks for Step 2 CK of at least " + minimum.get()
                                + " and you have no score yet; check its deadline for scores.",
                        programFact,
                        profileFact);
            }
            return score.getAsInt() < minimum.get()
                    ? new RuleOutcome(
                            MIN_STEP2,
                            RuleEffect.EXCLUDES,
                            () -> "Your Step 2 CK " + score.getAsInt() + " is below the program's minimum of "
                                    + minimum.get() + ".",
                            programFact,
                            profileFact)
                    : new RuleOutcome(
                            MIN_STEP2,
                            RuleEffect.PASSES,
                            () -> "Your Step 2 CK " + score.getAsInt() + " meets the program's minimum of "
                                    + minimum.get() + ".",
                            programFact,
                            profileFact);
        }
        Supplier<String> programFact = () -> "no stated minimum Step 2 CK";
        if (score.isEmpty() || score.getAsInt() < policy.verifyStep2Below()) {
            return new RuleOutcome(
                    MIN_STEP2,
                    RuleEffect.VERIFY,
                    () -> "No source states this program's minimum Step 2 CK and "
                            + (score.isEmpty()
                                    ? "you have no score yet"
                                    : "your " + score.getAsInt() + " is below the " + policy.verifyStep2Below()
                                            + " some programs require")
                            + "; ask the program.",
                    programFact,
                    profileFact);
        }
        return new RuleOutcome(
                MIN_STEP2,
                RuleEffect.PASSES,
                () -> "No minimum is stated and your Step 2 CK " + score.getAsInt() + " is above common cut-offs.",
                programFact,
                profileFact);
    }
}
