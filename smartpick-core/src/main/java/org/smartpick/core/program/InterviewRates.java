package org.smartpick.core.program;

import java.util.Objects;
import org.smartpick.core.applicant.ApplicantType;

/**
 * The share of applicants a program interviewed in one season (ERAS 2024), as proportions 0..1: by applicant type
 * and by signal. They describe the pool that applied, not a typical applicant, and come without counts.
 */
public record InterviewRates(
        Fact<Double> usMd,
        Fact<Double> usDo,
        Fact<Double> usImg,
        Fact<Double> nonUsImg,
        Fact<Double> signal,
        Fact<Double> gold,
        Fact<Double> silver,
        Fact<Double> noSignal) {
    public InterviewRates {
        Objects.requireNonNull(usMd, "usMd");
        Objects.requireNonNull(usDo, "usDo");
        Objects.requireNonNull(usImg, "usImg");
        Objects.requireNonNull(nonUsImg, "nonUsImg");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(gold, "gold");
        Objects.requireNonNull(silver, "silver");
        Objects.requireNonNull(noSignal, "noSignal");
    }

    public static InterviewRates unknown() {
        Fact<Double> u = Fact.unknown();
        return new InterviewRates(u, u, u, u, u, u, u, u);
    }

    /** The rate among applicants of this type. */
    public Fact<Double> forType(ApplicantType type) {
        switch (type) {
            case US_MD:
                return usMd;
            case US_DO:
                return usDo;
            case US_IMG:
                return usImg;
            case NON_US_IMG:
                return nonUsImg;
            default:
                throw new AssertionError(type);
        }
    }
}
