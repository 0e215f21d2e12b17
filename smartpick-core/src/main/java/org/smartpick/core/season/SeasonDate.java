package org.smartpick.core.season;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One step of one ERAS season (named by the year residency starts): its date, or for a duration its days; how the
 * date repeats in other seasons; the basis (published, secondary, rule of thumb, convention), source and note.
 * {@code carriedOverFrom} names the season whose date stands in, moved as {@code repeats} says, when this season's
 * own is not published; it is empty for a date of the season's own.
 */
public record SeasonDate(
        int season,
        SeasonEvent event,
        Optional<LocalDate> date,
        OptionalInt days,
        Optional<Repeats> repeats,
        String basis,
        String source,
        String sourceUrl,
        String note,
        OptionalInt carriedOverFrom) {
    public SeasonDate {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(repeats, "repeats");
        Objects.requireNonNull(basis, "basis");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sourceUrl, "sourceUrl");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(carriedOverFrom, "carriedOverFrom");
        if (event.duration() && (days.isEmpty() || date.isPresent() || days.getAsInt() < 0)) {
            throw new IllegalArgumentException(
                    event.id() + " must be a number of days >= 0 and no date, season " + season);
        }
        if (!event.duration() && (date.isEmpty() || repeats.isEmpty() || days.isPresent())) {
            throw new IllegalArgumentException(
                    event.id() + " must have a date, how it repeats, and no days, season " + season);
        }
    }

    /** A date of the season's own. */
    public static SeasonDate of(
            int season,
            SeasonEvent event,
            LocalDate date,
            Repeats repeats,
            String basis,
            String source,
            String sourceUrl,
            String note) {
        return new SeasonDate(
                season,
                event,
                Optional.of(date),
                OptionalInt.empty(),
                Optional.of(repeats),
                basis,
                source,
                sourceUrl,
                note,
                OptionalInt.empty());
    }

    /** A duration of the season's own. */
    public static SeasonDate ofDays(
            int season, SeasonEvent event, int days, String basis, String source, String sourceUrl, String note) {
        return new SeasonDate(
                season,
                event,
                Optional.empty(),
                OptionalInt.of(days),
                Optional.empty(),
                basis,
                source,
                sourceUrl,
                note,
                OptionalInt.empty());
    }

    /**
     * This step carried over to {@code other}: the date moved by whole years and then, for a step on a fixed weekday,
     * to the nearest same weekday; a duration stays as it is. The copy names the season it was carried from.
     */
    public SeasonDate carriedTo(int other) {
        if (other == season) {
            return this;
        }
        Optional<LocalDate> moved = date.map(d -> moved(d, other - season, repeats.orElseThrow()));
        return new SeasonDate(
                other,
                event,
                moved,
                days,
                repeats,
                basis,
                source,
                sourceUrl,
                note,
                OptionalInt.of(carriedOverFrom.orElse(season)));
    }

    private static LocalDate moved(LocalDate date, int years, Repeats repeats) {
        LocalDate sameDate = date.plusYears(years);
        if (repeats == Repeats.SAME_DATE) {
            return sameDate;
        }
        int toWeekday = Math.floorMod(
                date.getDayOfWeek().getValue() - sameDate.getDayOfWeek().getValue(), 7);
        return sameDate.plusDays(toWeekday > 3 ? toWeekday - 7 : toWeekday);
    }

    public boolean carried() {
        return carriedOverFrom.isPresent();
    }
}
