package org.smartpick.core.season;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartpick.core.common.CsvTable;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.common.Problem;

class SeasonCalendarTest {
    private static final SeasonCalendar SHIPPED = shipped();

    /**
     * The 2026 season's residency programs began reviewing on 2025-09-24 (published); the 2027 and 2028 review days
     * are carried over to the same weekday: 2026-09-23 and 2027-09-22.
     */
    @ParameterizedTest(name = "on {0} the next season open is {1}")
    @CsvSource({
        "2025-06-01, 2026",
        "2025-09-24, 2026",
        "2025-09-25, 2027",
        "2026-03-20, 2027",
        "2026-06-01, 2027",
        "2026-09-23, 2027",
        "2026-09-24, 2028",
        "2026-12-07, 2028",
        "2027-01-01, 2028",
        "2027-09-22, 2028",
        "2027-09-23, 2029",
        "2027-12-31, 2029"
    })
    void theDefaultSeasonIsTheFirstWhoseProgramsHaveNotBegunReviewing(LocalDate today, int season) {
        assertThat(SHIPPED.nextOpenSeason(today)).isEqualTo(season);
    }

    @Test
    void aPublishedDateIsTheSeasonsOwn() {
        SeasonDate review = SHIPPED.dateOf(2026, SeasonEvent.RESIDENCY_REVIEW_FROM);

        assertThat(review.date()).contains(LocalDate.of(2025, 9, 24));
        assertThat(review.carriedOverFrom()).isEmpty();
        assertThat(review.basis()).isEqualTo("published");
        assertThat(review.sourceUrl()).startsWith("https://students-residents.aamc.org/");
    }

    @Test
    void aWeekdayDateIsCarriedToTheSameWeekdayNearestTheSameDate() {
        SeasonDate review = SHIPPED.dateOf(2028, SeasonEvent.RESIDENCY_REVIEW_FROM);

        assertThat(review.date()).contains(LocalDate.of(2027, 9, 22));
        assertThat(review.date().orElseThrow().getDayOfWeek())
                .isEqualTo(LocalDate.of(2025, 9, 24).getDayOfWeek());
        assertThat(review.carriedOverFrom()).isEqualTo(OptionalInt.of(2026));
        assertThat(review.season()).isEqualTo(2028);
    }

    @Test
    void stepsNotOnFileComeFromTheNewestCompleteSeasonAndASeasonKeepsItsOwn() {
        SeasonDate opens = SHIPPED.dateOf(2028, SeasonEvent.ERAS_OPENS);

        assertThat(opens.date()).contains(LocalDate.of(2027, 6, 2));
        assertThat(opens.carriedOverFrom()).isEqualTo(OptionalInt.of(2026));
        SeasonDate ownOpening = SHIPPED.dateOf(2027, SeasonEvent.ERAS_OPENS);
        assertThat(ownOpening.date()).contains(LocalDate.of(2026, 6, 3));
        assertThat(ownOpening.carriedOverFrom()).isEmpty();
        assertThat(ownOpening.basis()).isEqualTo("secondary");
        assertThat(SHIPPED.dateOf(2027, SeasonEvent.RESIDENCY_SUBMIT_FROM).carriedOverFrom())
                .isEqualTo(OptionalInt.of(2026));
    }

    @Test
    void aFixedDateIsCarriedToTheSameDateAndADurationAsItIs() {
        assertThat(SHIPPED.dateOf(2028, SeasonEvent.RESIDENCY_STARTS).date()).contains(LocalDate.of(2028, 7, 1));
        SeasonDate step3 = SHIPPED.dateOf(2028, SeasonEvent.STEP3_RESULT_DAYS);
        assertThat(step3.days()).isEqualTo(OptionalInt.of(28));
        assertThat(step3.date()).isEmpty();
        assertThat(step3.carriedOverFrom()).isEqualTo(OptionalInt.of(2026));
    }

    @Test
    void aSeasonBeforeEveryPublishedOneGetsTheEarliestCarriedBack() {
        SeasonDate submit = SHIPPED.dateOf(2025, SeasonEvent.RESIDENCY_SUBMIT_FROM);

        assertThat(submit.date()).contains(LocalDate.of(2024, 9, 4));
        assertThat(submit.carriedOverFrom()).isEqualTo(OptionalInt.of(2026));
    }

    @Test
    void everySeasonHasEveryStepInEventOrder() {
        assertThat(SHIPPED.datesOf(2030)).extracting(SeasonDate::event).containsExactly(SeasonEvent.values());
    }

    @Test
    void reportsEveryBadRowWithItsLineAndColumn() {
        String csv = "eras_season,event,date,days,repeats,basis,source,source_url,note\n"
                + "26,eras_opens,2025-06-04,,same weekday,published,AAMC,https://x,\n"
                + "2026,eras_closes,2025-06-04,,same weekday,published,AAMC,https://x,\n"
                + "2026,residency_submit_from,2025-09-31,,same weekday,published,AAMC,https://x,\n"
                + "2026,residency_review_from,2025-09-24,,weekly,published,,https://x,\n"
                + "2026,step3_result_days,2025-09-24,,,rule of thumb,ECFMG,https://x,\n";

        Parsed<SeasonCalendar> parsed = SeasonCalendar.from(CsvTable.parse(csv));

        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.problems())
                .extracting(Problem::field)
                .containsExactly(
                        "line 2, column eras_season",
                        "line 3, column event",
                        "line 4, column date",
                        "line 5, column repeats",
                        "line 5, column source",
                        "line 6, column days");
    }

    @Test
    void aCalendarNeedsOneSeasonThatDatesEveryStep() {
        String csv = "eras_season,event,date,days,repeats,basis,source,source_url,note\n"
                + "2026,eras_opens,2025-06-04,,same weekday,published,AAMC,https://x,\n"
                + "2027,residency_review_from,2026-09-23,,same weekday,published,AAMC,https://x,\n";

        Parsed<SeasonCalendar> parsed = SeasonCalendar.from(CsvTable.parse(csv));

        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message())
                        .contains("one season that dates every step")
                        .contains("residency_submit_from"));
    }

    private static SeasonCalendar shipped() {
        try {
            Parsed<SeasonCalendar> parsed = SeasonCalendar.from(CsvTable.parse(
                    Files.readString(Path.of("..", "data", "eras_season_calendar.csv"), StandardCharsets.UTF_8)));
            assertThat(parsed.problems()).isEmpty();
            return parsed.value().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
