package org.smartpick.core.chance;

import org.smartpick.core.applicant.ApplicantType;

/**
 * An out-of-sample comparison: rates the baselines were not fitted to (small 2025 cells, or another season's
 * headline rate) against the model's applicant-weighted prediction.
 */
public record HoldoutRow(
        String view,
        ApplicantType applicantType,
        int applicants,
        double observed,
        double predicted,
        double difference) {}
