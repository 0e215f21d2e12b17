package org.smartpick.core.fees;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartpick.core.reference.OneOffFee;

class FeeCalculatorTest {
    private static final OneOffFee TRANSCRIPT = new OneOffFee(
            "usmle_transcript",
            "USMLE transcript",
            80,
            false,
            "once per season",
            "https://example.org/transcript",
            "2024");
    private static final OneOffFee TOKEN = new OneOffFee(
            "ecfmg_token", "ECFMG ERAS token", 165, true, "once per season", "https://example.org/token", "2024");

    @Test
    void aamcExampleOf43InternalMedicineAnd7RadiologyCosts797() {
        Cost cost = FeeCalculator.cost(
                Map.of("2025-residency", FeeSchedules.residency(2025)),
                List.of(
                        new SpecialtyCount("2025-residency", "140", 43),
                        new SpecialtyCount("2025-residency", "420", 7)),
                List.of());
        assertThat(cost.totalUsd()).isEqualTo(797);
        assertThat(cost.lines())
                .extracting(FeeLine::specialtyCode, FeeLine::programs, FeeLine::unitUsd, FeeLine::amountUsd)
                .containsExactly(tuple("140", 30, 11, 330), tuple("140", 13, 30, 390), tuple("420", 7, 11, 77));
    }

    @Test
    void aamcExampleOf30VascularSurgeryFellowshipsCosts485() {
        assertThat(FeeCalculator.costUsd(FeeSchedules.fellowship2026(), 30)).isEqualTo(485);
    }

    @ParameterizedTest
    @CsvSource({"0,0", "1,115", "10,115", "11,132", "20,285", "21,305", "31,512", "40,755"})
    void fellowshipFlatTierIsPaidOnceThenPerProgram(int programs, int expectedUsd) {
        assertThat(FeeCalculator.costUsd(FeeSchedules.fellowship2026(), programs))
                .isEqualTo(expectedUsd);
    }

    @ParameterizedTest
    @CsvSource({"0,0", "1,11", "30,330", "31,360", "50,930"})
    void residency2026Charges11UpTo30Then30(int programs, int expectedUsd) {
        assertThat(FeeCalculator.costUsd(FeeSchedules.residency(2026), programs))
                .isEqualTo(expectedUsd);
    }

    @Test
    void pricingResetsPerSpecialtyAndCyclesUseTheirOwnSchedule() {
        Cost cost = FeeCalculator.cost(
                Map.of(
                        "2026-residency",
                        FeeSchedules.residency(2026),
                        "2026-fellowship",
                        FeeSchedules.fellowship2026()),
                List.of(
                        new SpecialtyCount("2026-residency", "320", 31),
                        new SpecialtyCount("2026-residency", "765", 5),
                        new SpecialtyCount("2026-fellowship", "130", 12)),
                List.of(TRANSCRIPT));
        assertThat(cost.totalUsd()).isEqualTo(360 + 55 + 115 + 34 + 80);
    }

    @Test
    void oneOffFeesArePaidOnceAndOnlyWhenSomethingIsSelected() {
        Map<String, org.smartpick.core.reference.FeeSchedule> schedules = Map.of("r", FeeSchedules.residency(2026));
        List<OneOffFee> img = FeeCalculator.applicableOneOffs(List.of(TRANSCRIPT, TOKEN), true);
        assertThat(FeeCalculator.cost(schedules, List.of(new SpecialtyCount("r", "140", 2)), img)
                        .totalUsd())
                .isEqualTo(22 + 80 + 165);
        assertThat(FeeCalculator.cost(schedules, List.of(new SpecialtyCount("r", "140", 0)), img)
                        .totalUsd())
                .isZero();
        assertThat(FeeCalculator.applicableOneOffs(List.of(TRANSCRIPT, TOKEN), false))
                .containsExactly(TRANSCRIPT);
    }

    @Test
    void costTableMatchesSingleCounts() {
        for (org.smartpick.core.reference.FeeSchedule schedule :
                List.of(FeeSchedules.fellowship2026(), FeeSchedules.residency(2026))) {
            int[] table = FeeCalculator.costTableUsd(schedule, 35);
            for (int n = 0; n <= 35; n++) {
                assertThat(table[n])
                        .as("%s programs under %s", n, schedule.applicationType())
                        .isEqualTo(FeeCalculator.costUsd(schedule, n));
            }
        }
    }
}
