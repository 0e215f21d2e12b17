package org.smartpick.app.importing;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One program's row of an ERAS program interview-rate file (the 2024 season ships): the program as the file names it
 * (specialty, name, city, state; no ACGME id except an optional hint), the signal rules of that season and the share
 * of each applicant group that the program interviewed. Rates are proportions 0..1, empty when not reported.
 */
public record InterviewRateRow(
        long line,
        String specialtyCode,
        String specialty,
        String programName,
        String city,
        String state,
        Optional<String> idHint,
        Signals signals,
        Rates rates) {

    public InterviewRateRow {
        Objects.requireNonNull(specialty, "specialty");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(signals, "signals");
        Objects.requireNonNull(rates, "rates");
        if (specialtyCode == null || !specialtyCode.matches("\\d{3}")) {
            throw new IllegalArgumentException("specialtyCode must be 3 digits, was " + specialtyCode);
        }
        if (programName == null || programName.isBlank()) {
            throw new IllegalArgumentException("programName must not be blank, was '" + programName + "'");
        }
        if (state == null || !state.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("state must be a 2-letter code, was " + state);
        }
        if (idHint.isPresent() && !idHint.get().matches(specialtyCode + "\\d{7}")) {
            throw new IllegalArgumentException(
                    "idHint must be a 10-digit ACGME id starting with " + specialtyCode + ", was " + idHint.get());
        }
    }

    /** How applicants could signal this program that season: one kind of signal, or gold and silver. */
    public enum SignalSystem {
        SINGLE,
        TIERED
    }

    /** The season's signal allowances per applicant in this specialty (empty where the file does not say). */
    public record Signals(
            SignalSystem system, OptionalInt allowed, OptionalInt goldAllowed, OptionalInt silverAllowed) {
        public Signals {
            Objects.requireNonNull(system, "system");
        }
    }

    /**
     * Share of applicants the program interviewed, per group: by school type (US MD, US DO, US IMG, non-US IMG), by
     * signal sent (any, gold, silver, none) and by school state (in or out of the program's state; IMGs count as out).
     */
    public record Rates(
            Optional<Double> usMd,
            Optional<Double> usDo,
            Optional<Double> usImg,
            Optional<Double> nonUsImg,
            Optional<Double> signal,
            Optional<Double> gold,
            Optional<Double> silver,
            Optional<Double> noSignal,
            Optional<Double> inStateSchool,
            Optional<Double> outOfStateSchool) {

        public Rates {
            requireProportion("usMd", usMd);
            requireProportion("usDo", usDo);
            requireProportion("usImg", usImg);
            requireProportion("nonUsImg", nonUsImg);
            requireProportion("signal", signal);
            requireProportion("gold", gold);
            requireProportion("silver", silver);
            requireProportion("noSignal", noSignal);
            requireProportion("inStateSchool", inStateSchool);
            requireProportion("outOfStateSchool", outOfStateSchool);
        }

        private static void requireProportion(String field, Optional<Double> rate) {
            Objects.requireNonNull(rate, field);
            if (rate.isPresent() && !(rate.get() >= 0 && rate.get() <= 1)) {
                throw new IllegalArgumentException(field + " must be a proportion 0..1, was " + rate.get());
            }
        }
    }
}
