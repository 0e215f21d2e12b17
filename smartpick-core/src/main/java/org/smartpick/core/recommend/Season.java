package org.smartpick.core.recommend;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.TreeSet;
import org.smartpick.core.program.Specialty;
import org.smartpick.core.reference.FeeSchedule;
import org.smartpick.core.reference.ReferenceData;
import org.smartpick.core.season.SeasonCalendar;
import org.smartpick.core.season.SeasonDate;
import org.smartpick.core.season.SeasonEvent;
import org.smartpick.core.signals.SignalRule;

/**
 * The ERAS season an answer is for, named by the year residency starts, and what the answer took for it: the season
 * an applicant can still apply to on the answer's day ({@code asOf}), the tables of earlier seasons used where this
 * season's are not published ({@code carriedOverFrom} is the newest season among them, empty when nothing is
 * carried), every step of the season's calendar with its source, and a statement that says all this in words.
 */
public record Season(
        int year,
        LocalDate asOf,
        int nextOpenSeason,
        OptionalInt carriedOverFrom,
        List<CarriedOver> carriedOver,
        List<SeasonDate> calendar,
        String statement) {
    public Season {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(carriedOverFrom, "carriedOverFrom");
        Objects.requireNonNull(statement, "statement");
        carriedOver = List.copyOf(carriedOver);
        calendar = List.copyOf(calendar);
    }

    /**
     * One kind of table taken from an earlier season: {@code table} is "fees", "signals" or "calendar",
     * {@code fromSeason} the newest season it comes from, {@code detail} which tables or dates, in words.
     */
    public record CarriedOver(String table, int fromSeason, String detail) {
        public CarriedOver {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(detail, "detail");
        }
    }

    /**
     * The season {@code year} as an answer on {@code asOf} used it: the fee schedules and signal rules the list was
     * built with (a schedule or an allowance of another season counts as carried over) and the season's calendar.
     */
    public static Season of(
            int year,
            LocalDate asOf,
            SeasonCalendar calendar,
            Collection<FeeSchedule> feeSchedules,
            Collection<SignalRule> signalRules,
            ReferenceData reference) {
        List<SeasonDate> dates = calendar.datesOf(year);
        List<CarriedOver> carried = new ArrayList<>(3);
        carriedFees(year, feeSchedules).ifPresent(carried::add);
        carriedSignals(year, signalRules, reference).ifPresent(carried::add);
        carriedDates(dates).ifPresent(carried::add);
        OptionalInt from = carried.stream().mapToInt(CarriedOver::fromSeason).max();
        int nextOpen = calendar.nextOpenSeason(asOf);
        return new Season(
                year, asOf, nextOpen, from, carried, dates, statement(year, asOf, nextOpen, calendar, carried));
    }

    /** The fee schedules of another season, newest first in the detail. */
    private static Optional<CarriedOver> carriedFees(int year, Collection<FeeSchedule> schedules) {
        TreeMap<Integer, TreeSet<String>> typesBySeason = new TreeMap<>(Comparator.reverseOrder());
        schedules.stream()
                .filter(s -> s.season() != year)
                .forEach(s -> typesBySeason
                        .computeIfAbsent(s.season(), k -> new TreeSet<>())
                        .add(s.applicationType()));
        if (typesBySeason.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        typesBySeason.forEach((season, types) -> parts.add("the " + season + " " + String.join(" and ", types)
                + (types.size() == 1 ? " fee schedule" : " fee schedules")));
        return Optional.of(new CarriedOver("fees", typesBySeason.firstKey(), String.join("; ", parts)));
    }

    /** The signal allowances of another season's table, newest table first, with the specialties that use each. */
    private static Optional<CarriedOver> carriedSignals(
            int year, Collection<SignalRule> rules, ReferenceData reference) {
        TreeMap<Integer, List<String>> specialtiesBySeason = new TreeMap<>(Comparator.reverseOrder());
        rules.stream()
                .filter(r -> r.allowsSignals() && r.season() != year)
                .sorted(Comparator.comparing(SignalRule::specialtyCode))
                .forEach(r -> specialtiesBySeason
                        .computeIfAbsent(r.season(), k -> new ArrayList<>())
                        .add(reference
                                .findSpecialty(r.specialtyCode())
                                .map(Specialty::name)
                                .orElse(r.specialtyCode())));
        if (specialtiesBySeason.isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = new ArrayList<>();
        specialtiesBySeason.forEach(
                (season, names) -> parts.add("the " + season + " signal table for " + String.join(", ", names)));
        return Optional.of(new CarriedOver("signals", specialtiesBySeason.firstKey(), String.join(" and ", parts)));
    }

    /** The calendar's carried dates, counted, with the seasons they come from. */
    private static Optional<CarriedOver> carriedDates(List<SeasonDate> dates) {
        List<SeasonDate> carried = dates.stream().filter(SeasonDate::carried).toList();
        if (carried.isEmpty()) {
            return Optional.empty();
        }
        TreeSet<Integer> from = new TreeSet<>();
        carried.forEach(d -> from.add(d.carriedOverFrom().getAsInt()));
        String count = carried.size() == dates.size() ? "all " + dates.size() : carried.size() + " of " + dates.size();
        return Optional.of(new CarriedOver(
                "calendar",
                from.last(),
                count + " calendar dates, those of "
                        + String.join(
                                " and ", from.stream().map(String::valueOf).toList())
                        + " moved to the same weekday (fixed dates to the same date)"));
    }

    /** The season in words: which one, why (the next one open, or as asked), and what was carried over. */
    private static String statement(
            int year, LocalDate asOf, int nextOpen, SeasonCalendar calendar, List<CarriedOver> carried) {
        SeasonDate submit = calendar.dateOf(year, SeasonEvent.RESIDENCY_SUBMIT_FROM);
        SeasonDate starts = calendar.dateOf(year, SeasonEvent.RESIDENCY_STARTS);
        StringBuilder text = new StringBuilder(400)
                .append("ERAS ")
                .append(year)
                .append(" season (residency from ")
                .append(starts.date().orElseThrow())
                .append(", applications from ")
                .append(submit.date().orElseThrow())
                .append(")");
        if (year == nextOpen) {
            text.append(": the next season you can still apply to on ")
                    .append(asOf)
                    .append('.');
        } else if (year < nextOpen) {
            SeasonDate review = calendar.dateOf(year, SeasonEvent.RESIDENCY_REVIEW_FROM);
            text.append(", as asked: its programs began reviewing applications on ")
                    .append(review.date().orElseThrow())
                    .append(", so on ")
                    .append(asOf)
                    .append(" the season you can still apply to is ")
                    .append(nextOpen)
                    .append('.');
        } else {
            text.append(", as asked; the next season you can still apply to on ")
                    .append(asOf)
                    .append(" is ")
                    .append(nextOpen)
                    .append('.');
        }
        if (carried.isEmpty()) {
            return text.append(" The fees, signal allowances and dates used here are all its own.")
                    .toString();
        }
        List<String> parts = carried.stream().map(CarriedOver::detail).toList();
        return text.append(" Not on file for ")
                .append(year)
                .append(", so carried over from earlier seasons: ")
                .append(String.join("; ", parts))
                .append(". Check them when the AAMC and NRMP publish the ")
                .append(year)
                .append(" season.")
                .toString();
    }
}
