package org.smartpick.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.smartpick.core.common.CsvTable;
import org.smartpick.core.season.SeasonCalendar;

class SeasonDeadlinesTest {
    private static final String CALENDAR = "eras_season,event,date,days,repeats,basis,source,source_url,note\n"
            + "2026,eras_opens,2025-06-04,,same weekday,published,AAMC,https://x,\n"
            + "2026,fellowship_july_submit_from,2025-07-02,,same weekday,published,AAMC,https://x,\n"
            + "2026,fellowship_july_review_from,2025-07-16,,same weekday,published,AAMC,https://x,\n"
            + "2026,residency_submit_from,2025-09-03,,same weekday,published,AAMC,https://x,\n"
            + "2026,residency_review_from,2025-09-24,,same weekday,published,AAMC,https://x,\n"
            + "2026,nrmp_registration_opens,2025-09-15,,same weekday,published,NRMP,https://x,\n"
            + "2026,rank_list_deadline,2026-02-25,,same weekday,published,NRMP,https://x,\n"
            + "2026,match_day,2026-03-20,,same weekday,published,NRMP,https://x,\n"
            + "2026,eras_season_ends,2026-05-31,,same date,published,AAMC,https://x,\n"
            + "2026,residency_starts,2026-07-01,,same date,convention,ECFMG,https://x,\n"
            + "2026,step3_result_days,,21,,rule of thumb,ECFMG,https://x,\n";

    private static SeasonCalendar calendar() {
        return SeasonCalendar.from(CsvTable.parse(CALENDAR)).value().orElseThrow();
    }

    @Test
    void takesEachDateFromTheSeasonCalendar() {
        SeasonDeadlines d = SeasonDeadlines.of(calendar(), 2026, LocalDate.of(2025, 11, 1));

        assertThat(d)
                .isEqualTo(new SeasonDeadlines(
                        2026,
                        LocalDate.of(2025, 11, 1),
                        LocalDate.of(2026, 2, 25),
                        21,
                        LocalDate.of(2025, 9, 24),
                        LocalDate.of(2026, 7, 1)));
        assertThat(d.step3SitBy()).isEqualTo(LocalDate.of(2026, 2, 4));
    }

    @Test
    void aSeasonNotOnFileGetsTheCarriedOverDates() {
        SeasonDeadlines d = SeasonDeadlines.of(calendar(), 2028, LocalDate.of(2026, 11, 25));

        // 2026-02-25 was a Wednesday; the same weekday nearest 2028-02-25 is 2028-02-23.
        assertThat(d.step3PassBy()).isEqualTo(LocalDate.of(2028, 2, 23));
        assertThat(d.ecfmgBy()).isEqualTo(LocalDate.of(2028, 7, 1));
        assertThat(d.step3StillInTime()).isTrue();
    }

    @Test
    void step3IsInTimeUpToTheLastDayToSitIt() {
        SeasonDeadlines lastDay = SeasonDeadlines.of(calendar(), 2026, LocalDate.of(2026, 2, 4));
        SeasonDeadlines dayAfter = SeasonDeadlines.of(calendar(), 2026, LocalDate.of(2026, 2, 5));

        assertThat(lastDay.step3StillInTime()).isTrue();
        assertThat(dayAfter.step3StillInTime()).isFalse();
    }
}
