package org.smartpick.core.chance;

import java.util.Map;
import org.smartpick.core.applicant.ApplicantType;

/**
 * What calibration fits and checks: cells with at least {@code minApplicants}, within {@code tolerance}; the
 * headline rates by applicant type that fit the default baselines, and the holdout (2024) rates.
 */
public record CalibrationSettings(
        int minApplicants,
        double tolerance,
        Map<ApplicantType, Double> headlineRates,
        Map<ApplicantType, Double> holdoutRates,
        double maxTypicalInterview,
        double rhoGridStep,
        Map<ApplicantType, Double> rhoMax) {
    public CalibrationSettings {
        headlineRates = Map.copyOf(headlineRates);
        holdoutRates = Map.copyOf(holdoutRates);
        rhoMax = Map.copyOf(rhoMax);
    }

    /** The largest rho calibration may take for this type (0.9 unless the end-to-end calibration capped it). */
    public double rhoMax(ApplicantType type) {
        return rhoMax.getOrDefault(type, 0.9);
    }
}
