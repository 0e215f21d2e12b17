package org.smartpick.core.strategy;

import static org.smartpick.core.strategy.PolicyKey.*;

import java.util.ArrayList;
import java.util.List;
import org.smartpick.core.applicant.ExamResult;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Step1;
import org.smartpick.core.applicant.Step2ck;
import org.smartpick.core.applicant.Step3;

/** Places the applicant's USMLE record (each step's result and score, and the attempts) against the policy's bands. */
final class ExamAssessment {
    private static final String BRIEF_STEP1_PF = "domain brief (Step 1 is reported pass/fail since 2022)";

    private final StrategyPolicy policy;

    ExamAssessment(StrategyPolicy policy) {
        this.policy = policy;
    }

    /** Step 1: a numeric score against the article's rough 215-220 line; pass/fail carries no number. */
    AssessmentItem step1(Step1 step1) {
        String area = "Step 1";
        if (step1.result() == ExamResult.NOT_TAKEN) {
            return new AssessmentItem(
                    area, Level.UNKNOWN, "Step 1 is not on file yet.", ProfileAssessor.PROFILE_SOURCE);
        }
        if (step1.result() == ExamResult.FAIL) {
            return new AssessmentItem(area, Level.WEAK, "Step 1 is not passed yet.", ProfileAssessor.PROFILE_SOURCE);
        }
        if (step1.score().isEmpty()) {
            return new AssessmentItem(
                    area,
                    Level.AVERAGE,
                    "Step 1 passed (pass/fail), so programs will look to Step 2 CK for a number.",
                    BRIEF_STEP1_PF);
        }
        int score = step1.score().getAsInt();
        if (score < policy.intValue(STEP1_WEAK_BELOW)) {
            return new AssessmentItem(
                    area,
                    Level.WEAK,
                    "Step 1 score of " + score + " is below the rough " + policy.intValue(STEP1_WEAK_BELOW)
                            + " mark that academic programs read as below average.",
                    policy.source(STEP1_WEAK_BELOW));
        }
        if (score >= policy.intValue(STEP1_STRONG_FROM)) {
            return new AssessmentItem(
                    area,
                    Level.STRONG,
                    "Step 1 score of " + score + " is well above average.",
                    policy.source(STEP1_STRONG_FROM));
        }
        return new AssessmentItem(
                area,
                Level.AVERAGE,
                "Step 1 score of " + score + " is in the middle range.",
                policy.source(STEP1_WEAK_BELOW));
    }

    /** Step 2 CK: the main number programs screen on now, against the article's bands. */
    AssessmentItem step2ck(Step2ck step2) {
        String area = "Step 2 CK";
        if (!step2.taken()) {
            return new AssessmentItem(
                    area,
                    Level.UNKNOWN,
                    "Step 2 CK is not taken yet; it will be the number programs read first.",
                    ProfileAssessor.PROFILE_SOURCE);
        }
        int score = step2.score().getAsInt();
        if (score < policy.intValue(STEP2CK_WEAK_BELOW)) {
            return new AssessmentItem(
                    area,
                    Level.WEAK,
                    "Step 2 CK score of " + score
                            + " is below the range competitive academic programs usually look for.",
                    policy.source(STEP2CK_WEAK_BELOW));
        }
        if (score < policy.intValue(STEP2CK_SOLID_FROM)) {
            return new AssessmentItem(
                    area,
                    Level.AVERAGE,
                    "Step 2 CK score of " + score + " sits at the lower edge of the average range.",
                    policy.source(STEP2CK_WEAK_BELOW));
        }
        if (score < policy.intValue(STEP2CK_STRONG_FROM)) {
            return new AssessmentItem(
                    area,
                    Level.AVERAGE,
                    "Step 2 CK score of " + score + " is solid but not exceptional.",
                    policy.source(STEP2CK_SOLID_FROM));
        }
        return new AssessmentItem(
                area,
                Level.STRONG,
                "Step 2 CK score of " + score + " is above the solid band.",
                policy.source(STEP2CK_STRONG_FROM));
    }

    /** Step 3: passed opens H-1B and shows later performance; for an H-1B-only applicant its absence is the gate. */
    AssessmentItem step3(Profile profile) {
        String area = "Step 3";
        Step3 step3 = profile.usmle().step3();
        if (step3.passed()) {
            String score = step3.score().isPresent() ? " with " + step3.score().getAsInt() : "";
            return ExamPlanRules.acceptsH1b(profile.visa())
                    ? new AssessmentItem(
                            area,
                            Level.STRONG,
                            "Step 3 passed" + score
                                    + ", which H-1B sponsorship usually needs and which shows recent exam performance.",
                            ProfileAssessor.BRIEF_VISA)
                    : new AssessmentItem(
                            area,
                            Level.STRONG,
                            "Step 3 passed" + score + ", which shows recent exam performance.",
                            ProfileAssessor.PROFILE_SOURCE);
        }
        if (step3.taken()) {
            return new AssessmentItem(
                    area, Level.WEAK, "Step 3 was taken but not passed.", ProfileAssessor.PROFILE_SOURCE);
        }
        if (ProfileAssessor.wantsOnlyH1b(profile.visa())) {
            return new AssessmentItem(
                    area,
                    Level.WEAK,
                    "Step 3 is not passed, and H-1B, the only visa you accept, usually needs it before residency.",
                    ProfileAssessor.BRIEF_VISA);
        }
        return new AssessmentItem(
                area,
                Level.AVERAGE,
                "Step 3 is not taken; most programs do not expect it before residency.",
                ProfileAssessor.PROFILE_SOURCE);
    }

    /** Attempts: a repeated sitting on any step counts against the applicant. */
    AssessmentItem attempts(Profile profile) {
        String area = "Exam attempts";
        List<String> repeated = new ArrayList<>();
        int weakFrom = policy.intValue(ATTEMPTS_WEAK_FROM);
        addIfRepeated(repeated, "Step 1", profile.usmle().step1().attempts(), weakFrom);
        addIfRepeated(repeated, "Step 2 CK", profile.usmle().step2ck().attempts(), weakFrom);
        addIfRepeated(repeated, "Step 3", profile.usmle().step3().attempts(), weakFrom);
        if (!repeated.isEmpty()) {
            return new AssessmentItem(
                    area,
                    Level.WEAK,
                    "More than one attempt: " + String.join(", ", repeated) + "; some programs limit attempts.",
                    policy.source(ATTEMPTS_WEAK_FROM));
        }
        boolean anyTaken = profile.usmle().step1().result() != ExamResult.NOT_TAKEN
                || profile.usmle().step2ck().taken()
                || profile.usmle().step3().taken();
        if (!anyTaken) {
            return new AssessmentItem(
                    area, Level.UNKNOWN, "No USMLE step is on file yet.", ProfileAssessor.PROFILE_SOURCE);
        }
        return new AssessmentItem(
                area,
                Level.STRONG,
                "Every step taken was passed on the first attempt.",
                policy.source(ATTEMPTS_WEAK_FROM));
    }

    private static void addIfRepeated(List<String> repeated, String step, int attempts, int weakFrom) {
        if (attempts >= weakFrom) {
            repeated.add(step + " " + attempts + " times");
        }
    }
}
