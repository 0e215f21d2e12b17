package org.smartpick.core.chance;

import org.smartpick.core.applicant.ApplicantType;

/** One NRMP cell: observed and predicted P(at least one match) for the typical applicant, and whether they agree. */
public record CalibrationRow(
        String specialty,
        String specialtyCode,
        ApplicantType applicantType,
        int applicants,
        double observed,
        double predicted,
        double difference,
        boolean within) {}
