package org.smartpick.core.season;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import org.smartpick.core.common.CsvTable;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.common.Problem;

/**
 * The ERAS season calendar ({@code data/eras_season_calendar.csv}): each season's dated steps as published, with a
 * source each. A season that lacks a step gets it from the newest complete season on file (one that dates every
 * step) at or before it, or the earliest complete one for a season before all of them, carried over as
 * {@link SeasonDate#carriedTo} says: every season has every step, says which are carried, and the carried ones come
 * from one season, so they keep that season's spacing.
 */
public final class SeasonCalendar {
    /** No calendar runs this many seasons ahead of today: a guard against a calendar whose dates never move. */
    private static final int MAX_SEASONS_AHEAD = 10;

    private static final List<String> COLUMNS =
            List.of("eras_season", "event", "date", "days", "repeats", "basis", "source", "source_url", "note");

    private final List<SeasonDate> dates;
    /** The seasons that date every step, in order: the ones other seasons' missing steps come from. */
    private final List<Integer> complete;

    private SeasonCalendar(List<SeasonDate> dates, List<Integer> complete) {
        this.dates = dates;
        this.complete = complete;
    }

    /**
     * The calendar of these dates of the seasons' own: one per season and event, and at least one season that dates
     * every step (so that any season can be given every step).
     */
    public static SeasonCalendar of(List<SeasonDate> dates) {
        Set<String> seen = new HashSet<>();
        TreeMap<Integer, EnumSet<SeasonEvent>> eventsBySeason = new TreeMap<>();
        for (SeasonDate date : dates) {
            if (date.carried()) {
                throw new IllegalArgumentException("a calendar holds dates of the seasons' own, not carried ones: "
                        + date.event().id() + " " + date.season());
            }
            if (!seen.add(date.season() + "/" + date.event().id())) {
                throw new IllegalArgumentException(
                        "two dates for " + date.event().id() + " in season " + date.season());
            }
            eventsBySeason
                    .computeIfAbsent(date.season(), s -> EnumSet.noneOf(SeasonEvent.class))
                    .add(date.event());
        }
        List<Integer> complete = eventsBySeason.entrySet().stream()
                .filter(e -> e.getValue().size() == SeasonEvent.values().length)
                .map(Map.Entry::getKey)
                .toList();
        if (complete.isEmpty()) {
            List<String> fewest = eventsBySeason.values().stream()
                    .map(events -> EnumSet.complementOf(events))
                    .min(Comparator.comparingInt(EnumSet::size))
                    .orElse(EnumSet.allOf(SeasonEvent.class))
                    .stream()
                    .map(SeasonEvent::id)
                    .toList();
            throw new IllegalArgumentException("the calendar needs one season that dates every step; the most complete "
                    + "season lacks " + fewest);
        }
        List<SeasonDate> sorted = new ArrayList<>(dates);
        sorted.sort(Comparator.comparingInt(SeasonDate::season).thenComparing(SeasonDate::event));
        return new SeasonCalendar(List.copyOf(sorted), complete);
    }

    /** The calendar of a parsed file, or every problem of the file by line and column. */
    public static Parsed<SeasonCalendar> from(CsvTable table) {
        List<Problem> problems = new ArrayList<>(table.missingColumns(COLUMNS));
        if (!problems.isEmpty()) {
            return Parsed.failed(problems);
        }
        List<SeasonDate> dates = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            row(row, problems).ifPresent(dates::add);
        }
        if (!problems.isEmpty()) {
            return Parsed.failed(problems);
        }
        try {
            return Parsed.of(of(dates));
        } catch (IllegalArgumentException e) {
            return Parsed.failed(List.of(new Problem("season calendar", e.getMessage())));
        }
    }

    private static Optional<SeasonDate> row(CsvTable.Row row, List<Problem> problems) {
        String at = "line " + row.lineNumber() + ", column ";
        int before = problems.size();
        OptionalInt season = row.find("eras_season")
                .filter(s -> s.matches("\\d{4}"))
                .map(s -> OptionalInt.of(Integer.parseInt(s)))
                .orElse(OptionalInt.empty());
        if (season.isEmpty()) {
            problems.add(new Problem(at + "eras_season", "must be the year residency starts, e.g. 2026"));
        }
        Optional<SeasonEvent> event = row.find("event").flatMap(SeasonEvent::find);
        if (event.isEmpty()) {
            problems.add(new Problem(
                    at + "event",
                    "must be one of "
                            + List.of(SeasonEvent.values()).stream()
                                    .map(SeasonEvent::id)
                                    .toList()));
        }
        int beforeCells = problems.size();
        Optional<LocalDate> date = Optional.empty();
        try {
            date = row.find("date").map(LocalDate::parse);
        } catch (DateTimeParseException e) {
            problems.add(new Problem(at + "date", "must be a date YYYY-MM-DD"));
        }
        OptionalInt days = row.find("days")
                .filter(d -> d.matches("\\d{1,3}"))
                .map(d -> OptionalInt.of(Integer.parseInt(d)))
                .orElse(OptionalInt.empty());
        if (row.find("days").isPresent() && days.isEmpty()) {
            problems.add(new Problem(at + "days", "must be a whole number of days"));
        }
        Optional<Repeats> repeats = row.find("repeats").flatMap(SeasonCalendar::repeats);
        if (row.find("repeats").isPresent() && repeats.isEmpty()) {
            problems.add(new Problem(at + "repeats", "must be 'same weekday' or 'same date'"));
        }
        for (String column : List.of("basis", "source", "source_url")) {
            if (row.find(column).isEmpty()) {
                problems.add(new Problem(at + column, "must not be blank: every date names its basis and source"));
            }
        }
        // A cell that could not be read is reported once; the row's shape is checked on cells that could.
        if (problems.size() == beforeCells && event.isPresent()) {
            shape(event.get(), date, days, repeats, at).ifPresent(problems::add);
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new SeasonDate(
                season.getAsInt(),
                event.get(),
                date,
                days,
                repeats,
                row.find("basis").orElseThrow(),
                row.find("source").orElseThrow(),
                row.find("source_url").orElseThrow(),
                row.find("note").orElse(""),
                OptionalInt.empty()));
    }

    /** A duration has days and no date; a date has how it repeats and no days. */
    private static Optional<Problem> shape(
            SeasonEvent event, Optional<LocalDate> date, OptionalInt days, Optional<Repeats> repeats, String at) {
        if (event.duration() && (days.isEmpty() || date.isPresent())) {
            return Optional.of(new Problem(at + "days", event.id() + " is a number of days: give days and no date"));
        }
        if (!event.duration() && (date.isEmpty() || repeats.isEmpty() || days.isPresent())) {
            return Optional.of(new Problem(at + "date", event.id() + " is a date: give date and repeats, and no days"));
        }
        return Optional.empty();
    }

    private static Optional<Repeats> repeats(String id) {
        return List.of(Repeats.values()).stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The dates as on file, by season and event. */
    public List<SeasonDate> dates() {
        return dates;
    }

    /** Every step of a season in event order: its own where on file, else carried over (see the class comment). */
    public List<SeasonDate> datesOf(int season) {
        List<SeasonDate> of = new ArrayList<>(SeasonEvent.values().length);
        for (SeasonEvent event : SeasonEvent.values()) {
            of.add(dateOf(season, event));
        }
        return of;
    }

    /** One step of a season: its own where on file, else that of the season standing in, carried over. */
    public SeasonDate dateOf(int season, SeasonEvent event) {
        return find(season, event)
                .orElseGet(() -> find(standIn(season), event).orElseThrow().carriedTo(season));
    }

    private Optional<SeasonDate> find(int season, SeasonEvent event) {
        for (SeasonDate date : dates) {
            if (date.season() == season && date.event() == event) {
                return Optional.of(date);
            }
        }
        return Optional.empty();
    }

    /** The newest complete season at or before {@code season}, else the earliest complete one. */
    private int standIn(int season) {
        int standIn = complete.get(0);
        for (int candidate : complete) {
            if (candidate <= season) {
                standIn = candidate;
            }
        }
        return standIn;
    }

    /**
     * The season an applicant can still apply to on {@code today}: the earliest season whose residency programs have
     * not yet begun reviewing applications, today being the review day at the latest (everything sent from the
     * submission date until then carries the same date, so an application sent by then is on time). From the day
     * after, the next season is the one to prepare for: on 2026-12-07 that is the 2028 season (applications from
     * September 2027, residency from July 2028). July-cycle fellowships (categorical Medical Genetics) close earlier
     * in the same season; the rule follows the residency cycle every applicant uses.
     */
    public int nextOpenSeason(LocalDate today) {
        for (int season = today.getYear(); season <= today.getYear() + MAX_SEASONS_AHEAD; season++) {
            LocalDate reviewFrom =
                    dateOf(season, SeasonEvent.RESIDENCY_REVIEW_FROM).date().orElseThrow();
            if (!today.isAfter(reviewFrom)) {
                return season;
            }
        }
        throw new IllegalStateException(
                "no season in the calendar opens within " + MAX_SEASONS_AHEAD + " years of " + today);
    }
}
