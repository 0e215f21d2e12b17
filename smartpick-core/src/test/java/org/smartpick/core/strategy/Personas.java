package org.smartpick.core.strategy;

import static org.smartpick.core.applicant.ProfileBuilder.aProfile;
import static org.smartpick.core.applicant.ProfileBuilder.goal;
import static org.smartpick.core.applicant.ProfileBuilder.pathway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.Budget;
import org.smartpick.core.applicant.ClinicalExperience;
import org.smartpick.core.applicant.ExamResult;
import org.smartpick.core.applicant.Letters;
import org.smartpick.core.applicant.Preferences;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.ProfileBuilder;
import org.smartpick.core.applicant.Research;
import org.smartpick.core.applicant.SpecialtyExperience;
import org.smartpick.core.applicant.Step1;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.common.KeyValues;
import org.smartpick.core.common.Parsed;

/** The example profiles of {@code examples/}, built by hand, and the shipped strategy policy. */
final class Personas {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    private Personas() {}

    /** examples/non-us-img-genetics.json */
    static Profile nonUsImgGenetics() {
        return ProfileBuilder.aNonUsImg()
                .name("Example: non-US IMG, low Step 1, aiming for Medical Genetics")
                .specialtyExperience(new SpecialtyExperience(
                        "Medical Genetics and Genomics",
                        8,
                        List.of("DYSMORPHOLOGY_CLINIC", "CANCER_GENETICS_CLINIC", "VARIANT_CURATION")))
                .degrees(List.of("MSc Human Genetics"))
                .targets(goal("130"), goal("765"), goal("766"), pathway("320"), pathway("140"))
                .preferences(new Preferences(
                        List.of("NY", "NJ", "PA", "OH", "MI", "IL", "TX"),
                        List.of("University-based", "Community-based university affiliated")))
                .budget(maxUsd(2000))
                .build();
    }

    /** examples/us-md-internal-medicine.json */
    static Profile usMdInternalMedicine() {
        return aProfile()
                .name("Example: US MD senior aiming for Internal Medicine")
                .graduationYear(2027)
                .step2ckScore(241)
                .research(new Research(1, 1, 1, 1))
                .letters(new Letters(3, 3, 2))
                .targets(goal("140"))
                .preferredStates("MA", "NY", "PA")
                .budget(maxUsd(1500))
                .build();
    }

    /** examples/us-img-pediatrics.json */
    static Profile usImgPediatrics() {
        return aProfile()
                .name("Example: US-citizen IMG aiming for Pediatrics")
                .applicantType(ApplicantType.US_IMG)
                .graduationYear(2024)
                .ecfmgCertified(true)
                .step2ckScore(229)
                .usClinicalExperience(new ClinicalExperience(2, 3))
                .specialtyExperience(new SpecialtyExperience("Pediatrics", 2, List.of("OUTPATIENT_PEDIATRICS")))
                .research(new Research(0, 1, 0, 0))
                .letters(new Letters(3, 2, 1))
                .targets(goal("320"), pathway("140"))
                .preferredStates("FL", "NY", "NJ")
                .budget(maxUsd(1800))
                .build();
    }

    /** examples/non-us-img-h1b-reapplicant.json */
    static Profile nonUsImgH1bReapplicant() {
        return aProfile()
                .name("Example: non-US IMG, H-1B only, no Step 3, applied once before")
                .applicantType(ApplicantType.NON_US_IMG)
                .citizenship("IN")
                .needsVisa(VisaType.H1B)
                .graduationYear(2019)
                .ecfmgCertified(true)
                .step1(new Step1(ExamResult.PASS, OptionalInt.of(221), 1))
                .step2ckScore(238)
                .usClinicalExperience(new ClinicalExperience(2, 3))
                .research(new Research(0, 1, 1, 0))
                .letters(new Letters(3, 2, 1))
                .cyclesApplied(1)
                .targets(goal("140"))
                .preferredStates("NY", "NJ", "MI")
                .budget(maxUsd(2500))
                .build();
    }

    private static Budget maxUsd(int usd) {
        return new Budget(OptionalInt.of(usd), OptionalInt.empty(), null);
    }

    /** The policy shipped in data/policy/strategy.properties (tests run in the module folder). */
    static StrategyPolicy shippedPolicy() {
        try {
            Parsed<StrategyPolicy> parse = StrategyPolicyParser.from(KeyValues.parse(
                    Files.readString(Path.of("..", "data", "policy", "strategy.properties"), StandardCharsets.UTF_8)));
            return parse.value()
                    .orElseThrow(() -> new AssertionError("shipped policy has problems: " + parse.problems()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
