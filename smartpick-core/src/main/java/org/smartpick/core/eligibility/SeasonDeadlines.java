package org.smartpick.core.eligibility;

import java.time.LocalDate;
import java.util.Objects;
import org.smartpick.core.season.SeasonCalendar;
import org.smartpick.core.season.SeasonEvent;

/**
 * The dates by which an applicant must complete what a program's rule waits for, in one season, from the season
 * calendar, and today: what can still be completed by its date is a condition, not an exclusion.
 *
 * @param step3PassBy the rank-list deadline: programs that sponsor the H-1B want the passing Step 3 result before
 *                    they rank (domain brief, "Season calendar")
 * @param step3ResultDays how long a Step 3 result takes after the exam
 * @param step2ScoreBy the day residency programs begin reviewing applications, when a stated minimum is screened
 * @param ecfmgBy the day residency starts, by which an IMG must be ECFMG certified
 */
public record SeasonDeadlines(
        int season,
        LocalDate today,
        LocalDate step3PassBy,
        int step3ResultDays,
        LocalDate step2ScoreBy,
        LocalDate ecfmgBy) {
    public SeasonDeadlines {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(step3PassBy, "step3PassBy");
        Objects.requireNonNull(step2ScoreBy, "step2ScoreBy");
        Objects.requireNonNull(ecfmgBy, "ecfmgBy");
        if (step3ResultDays < 0) {
            throw new IllegalArgumentException("step3ResultDays must be >= 0, was " + step3ResultDays);
        }
    }

    /** The season's dates from the calendar (carried over where the season's own are not published). */
    public static SeasonDeadlines of(SeasonCalendar calendar, int season, LocalDate today) {
        return new SeasonDeadlines(
                season,
                today,
                date(calendar, season, SeasonEvent.RANK_LIST_DEADLINE),
                calendar.dateOf(season, SeasonEvent.STEP3_RESULT_DAYS).days().orElseThrow(),
                date(calendar, season, SeasonEvent.RESIDENCY_REVIEW_FROM),
                date(calendar, season, SeasonEvent.RESIDENCY_STARTS));
    }

    private static LocalDate date(SeasonCalendar calendar, int season, SeasonEvent event) {
        return calendar.dateOf(season, event).date().orElseThrow();
    }

    /** The last day to sit Step 3 and still have the result by {@link #step3PassBy}. */
    public LocalDate step3SitBy() {
        return step3PassBy.minusDays(step3ResultDays);
    }

    /** Whether Step 3 sat from today can still bring its result by {@link #step3PassBy}. */
    public boolean step3StillInTime() {
        return !today.isAfter(step3SitBy());
    }

    /** Whether a date of this season is still ahead (today counts). */
    public boolean stillAhead(LocalDate by) {
        return !today.isAfter(by);
    }
}
