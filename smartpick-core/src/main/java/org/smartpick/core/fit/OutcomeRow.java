package org.smartpick.core.fit;

import java.util.OptionalInt;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.program.YesNoUnknown;

/**
 * One applicant-program pair from an advisor's outcome file: the applicant's facts, the program's facts and whether
 * the applicant was interviewed and matched there. Optional program facts are empty when unknown.
 */
public record OutcomeRow(
        int line,
        ApplicantType applicantType,
        OptionalInt step2ck,
        OptionalInt step1,
        boolean step3Passed,
        int failedAttempts,
        int yearsSinceGraduation,
        int handsOnMonths,
        int observershipMonths,
        int usLetters,
        int researchItems,
        int researchInSpecialty,
        int specialtyMonths,
        int lettersFromSpecialty,
        boolean goalProgram,
        String specialtyCode,
        boolean visaNeeded,
        YesNoUnknown programSponsors,
        OptionalInt imgSharePct,
        boolean preferredState,
        OptionalInt interviews,
        OptionalInt positions,
        boolean interviewed,
        boolean matched) {}
