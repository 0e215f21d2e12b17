package org.smartpick.core.chance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.reference.MatchOutcome;

class ModelCheckTest {

    @Test
    void shippedParametersReproduceEveryNrmpCellWithTwentyApplicantsWithinThreePoints() {
        List<MatchOutcome> outcomes = TestData.nrmpOutcomes();
        ModelCheck.Report report = ModelCheck.check(TestData.parameters(), outcomes);

        long cells = outcomes.stream().filter(o -> o.applicants() >= 20).count();
        assertThat(report.rows()).hasSize((int) cells);
        assertThat(report.rows()).allSatisfy(row -> {
            assertThat(row.within()).as(row.toString()).isTrue();
            assertThat(Math.abs(row.predicted() - row.observed())).isLessThanOrEqualTo(0.03);
            assertThat(row.difference()).isEqualTo(row.predicted() - row.observed());
        });
        assertThat(report.allWithin()).isTrue();
    }

    @Test
    void rowsCarryTheNrmpCountsAndTheCodeFromTheParameters() {
        ModelCheck.Report report = ModelCheck.check(TestData.parameters(), TestData.nrmpOutcomes());

        CalibrationRow im = report.rows().stream()
                .filter(r -> r.specialty().equals("Internal Medicine (Categorical)")
                        && r.applicantType() == ApplicantType.NON_US_IMG)
                .findFirst()
                .orElseThrow();
        assertThat(im.specialtyCode()).isEqualTo("140");
        assertThat(im.applicants()).isEqualTo(7630);
        assertThat(im.observed()).isEqualTo(3573.0 / 7630);
    }

    @Test
    void aCellMissesWhenItsBaselineIsMovedAway() {
        ModelParameters shifted = TestData.parameters()
                .withValues(java.util.Map.of("cell.internal-medicine-categorical.NON_US_IMG.intercept", "-3.5"))
                .value()
                .orElseThrow();

        ModelCheck.Report report = ModelCheck.check(shifted, TestData.nrmpOutcomes());

        assertThat(report.allWithin()).isFalse();
        assertThat(report.rows().stream().filter(r -> !r.within()))
                .extracting(CalibrationRow::specialty, CalibrationRow::applicantType)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "Internal Medicine (Categorical)", ApplicantType.NON_US_IMG));
    }

    @Test
    void reportsOutOfSampleViewsForSmallCellsAndThe2024Headline() {
        ModelCheck.Report report = ModelCheck.check(TestData.parameters(), TestData.nrmpOutcomes());

        assertThat(report.holdout()).extracting(HoldoutRow::view).anyMatch(v -> v.startsWith("2025 cells under 20"));
        assertThat(report.holdout())
                .filteredOn(h -> h.view().startsWith("2024"))
                .extracting(HoldoutRow::applicantType)
                .containsExactly(ApplicantType.US_IMG, ApplicantType.NON_US_IMG);
    }
}
