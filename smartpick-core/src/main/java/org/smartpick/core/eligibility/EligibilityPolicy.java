package org.smartpick.core.eligibility;

import org.smartpick.core.common.KeyValues;
import org.smartpick.core.common.Parsed;

/**
 * Where a program that states no limit still deserves a "verify": applicants beyond these common screening
 * thresholds are told to check, applicants within them pass with the reason. Parsed from
 * {@code data/eligibility/eligibility-policy-v1.properties}.
 *
 * @param verifyYearsSinceGraduationAbove years since graduation above which an unstated YOG limit is flagged
 * @param verifyFailedAttemptsAbove failed USMLE attempts above which an unstated attempts limit is flagged
 * @param verifyStep2Below Step 2 CK scores below which an unstated minimum is flagged
 */
public record EligibilityPolicy(
        String version, int verifyYearsSinceGraduationAbove, int verifyFailedAttemptsAbove, int verifyStep2Below) {

    /** The policy of a parsed file, or the problems found (each naming its key or line). */
    public static Parsed<EligibilityPolicy> from(KeyValues kv) {
        String version = kv.text("policy.version");
        double yog = kv.number("verify.yearsSinceGraduationAbove");
        double attempts = kv.number("verify.failedAttemptsAbove");
        double step2 = kv.number("verify.step2Below");
        if (!kv.problems().isEmpty()) {
            return Parsed.failed(kv.problems());
        }
        return Parsed.of(new EligibilityPolicy(version, (int) yog, (int) attempts, (int) step2));
    }
}
