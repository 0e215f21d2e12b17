package org.smartpick.core.strategy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.Budget;
import org.smartpick.core.applicant.ClinicalExperience;
import org.smartpick.core.applicant.ExamResult;
import org.smartpick.core.applicant.Letters;
import org.smartpick.core.applicant.Preferences;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Research;
import org.smartpick.core.applicant.SpecialtyExperience;
import org.smartpick.core.applicant.Step1;
import org.smartpick.core.applicant.Step2ck;
import org.smartpick.core.applicant.Step3;
import org.smartpick.core.applicant.Target;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.applicant.Usmle;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.common.KeyValues;
import org.smartpick.core.common.Parsed;

/** The example profiles of {@code examples/}, built by hand, and the shipped strategy policy. */
final class Personas {
    static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    private Personas() {}

    /** examples/non-us-img-genetics.json */
    static Profile nonUsImgGenetics() {
        return new Profile(
                "Example: non-US IMG, low Step 1, aiming for Medical Genetics",
                ApplicantType.NON_US_IMG,
                "EG",
                new Visa(true, List.of(VisaType.J1, VisaType.H1B)),
                2021,
                true,
                new Usmle(
                        new Step1(ExamResult.PASS, OptionalInt.of(212), 1),
                        new Step2ck(OptionalInt.of(236), 1),
                        Step3.notTaken()),
                new ClinicalExperience(3, 4),
                new SpecialtyExperience(
                        "Medical Genetics and Genomics",
                        8,
                        List.of("DYSMORPHOLOGY_CLINIC", "CANCER_GENETICS_CLINIC", "VARIANT_CURATION")),
                new Research(1, 2, 2, 3),
                new Letters(4, 3, 2),
                List.of("MSc Human Genetics"),
                0,
                List.of(goal("130"), goal("765"), goal("766"), pathway("320"), pathway("140")),
                new Preferences(
                        List.of("NY", "NJ", "PA", "OH", "MI", "IL", "TX"),
                        List.of("University-based", "Community-based university affiliated")),
                new Budget(OptionalInt.of(2000), OptionalInt.empty(), null));
    }

    /** examples/us-md-internal-medicine.json */
    static Profile usMdInternalMedicine() {
        return new Profile(
                "Example: US MD senior aiming for Internal Medicine",
                ApplicantType.US_MD,
                "US",
                Visa.none(),
                2027,
                false,
                new Usmle(
                        new Step1(ExamResult.PASS, OptionalInt.empty(), 1),
                        new Step2ck(OptionalInt.of(241), 1),
                        Step3.notTaken()),
                ClinicalExperience.none(),
                SpecialtyExperience.none(),
                new Research(1, 1, 1, 1),
                new Letters(3, 3, 2),
                List.of(),
                0,
                List.of(goal("140")),
                new Preferences(List.of("MA", "NY", "PA"), List.of()),
                new Budget(OptionalInt.of(1500), OptionalInt.empty(), null));
    }

    /** examples/us-img-pediatrics.json */
    static Profile usImgPediatrics() {
        return new Profile(
                "Example: US-citizen IMG aiming for Pediatrics",
                ApplicantType.US_IMG,
                "US",
                Visa.none(),
                2024,
                true,
                new Usmle(
                        new Step1(ExamResult.PASS, OptionalInt.empty(), 1),
                        new Step2ck(OptionalInt.of(229), 1),
                        Step3.notTaken()),
                new ClinicalExperience(2, 3),
                new SpecialtyExperience("Pediatrics", 2, List.of("OUTPATIENT_PEDIATRICS")),
                new Research(0, 1, 0, 0),
                new Letters(3, 2, 1),
                List.of(),
                0,
                List.of(goal("320"), pathway("140")),
                new Preferences(List.of("FL", "NY", "NJ"), List.of()),
                new Budget(OptionalInt.of(1800), OptionalInt.empty(), null));
    }

    /** examples/non-us-img-h1b-reapplicant.json */
    static Profile nonUsImgH1bReapplicant() {
        return new Profile(
                "Example: non-US IMG, H-1B only, no Step 3, applied once before",
                ApplicantType.NON_US_IMG,
                "IN",
                new Visa(true, List.of(VisaType.H1B)),
                2019,
                true,
                new Usmle(
                        new Step1(ExamResult.PASS, OptionalInt.of(221), 1),
                        new Step2ck(OptionalInt.of(238), 1),
                        Step3.notTaken()),
                new ClinicalExperience(2, 3),
                SpecialtyExperience.none(),
                new Research(0, 1, 1, 0),
                new Letters(3, 2, 1),
                List.of(),
                1,
                List.of(goal("140")),
                new Preferences(List.of("NY", "NJ", "MI"), List.of()),
                new Budget(OptionalInt.of(2500), OptionalInt.empty(), null));
    }

    static Target goal(String code) {
        return new Target(code, TargetRole.GOAL, OptionalDouble.empty());
    }

    static Target pathway(String code) {
        return new Target(code, TargetRole.PATHWAY, OptionalDouble.empty());
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
