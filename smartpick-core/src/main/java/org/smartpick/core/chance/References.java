package org.smartpick.core.chance;

import java.util.Map;
import java.util.Optional;
import org.smartpick.core.applicant.ApplicantType;

/**
 * The chance model's reference values that make factors relative (an applicant's score against the specialty's
 * reference, a program's IMG share against the typical one), and the caps that bound them.
 */
public record References(
        double step2Default,
        Map<String, Double> step2ByCode,
        double step1,
        double step3,
        int freeYears,
        int yearsCap,
        double imgSharePct,
        double interviewsPerPosition,
        double step2MissingPoints,
        int usceCapMonths,
        int lettersCap,
        int researchCap,
        int researchInSpecialtyCap,
        int specialtyMonthsCap,
        Map<String, Double> opennessLogit,
        double opennessPseudoCount,
        double opennessRateCount) {
    public References {
        step2ByCode = Map.copyOf(step2ByCode);
        opennessLogit = Map.copyOf(opennessLogit);
    }

    /**
     * The mean log-odds of the interview rates of a specialty's programs for an applicant type (ERAS 2024), the
     * reference a program's own rate is compared with; empty where no program of the specialty reported one.
     */
    public Optional<Double> opennessLogit(String code, ApplicantType type) {
        return Optional.ofNullable(opennessLogit.get(code + "." + type));
    }

    /** The Step 2 CK reference of a specialty: its own when stated, else the default. */
    public double step2For(String code) {
        return step2ByCode.getOrDefault(code, step2Default);
    }
}
