package org.smartpick.core.optimize;

import java.util.Objects;

/**
 * A program the applicant could apply to. {@code p} is the chance of matching there when applying without a
 * signal, {@code pSignal} with an ordinary (silver or untiered) signal, {@code pGold} with a gold signal.
 * {@code feeGroup} names the fee schedule (season and application type); {@code institutionKey} groups programs of
 * one institution for "one signal per institution" rules; {@code utility} is the value of matching there (0..1];
 * {@code preferenceBonus} (>= 0, in the objective's units) is what the list gains by holding the program over one
 * outside the applicant's stated preferences, whatever their chances (0 when nothing is preferred).
 */
public record Candidate(
        String programId,
        String specialtyCode,
        String feeGroup,
        String institutionKey,
        double utility,
        double p,
        double pSignal,
        double pGold,
        double preferenceBonus) {
    /** A candidate no stated preference favours. */
    public Candidate(
            String programId,
            String specialtyCode,
            String feeGroup,
            String institutionKey,
            double utility,
            double p,
            double pSignal,
            double pGold) {
        this(programId, specialtyCode, feeGroup, institutionKey, utility, p, pSignal, pGold, 0);
    }

    public Candidate {
        Objects.requireNonNull(programId, "programId");
        Objects.requireNonNull(specialtyCode, "specialtyCode");
        Objects.requireNonNull(feeGroup, "feeGroup");
        Objects.requireNonNull(institutionKey, "institutionKey");
        requireProbability("p", p, programId);
        requireProbability("pSignal", pSignal, programId);
        requireProbability("pGold", pGold, programId);
        if (!(utility > 0 && utility <= 1)) {
            throw new IllegalArgumentException("utility must be in (0, 1], was " + utility + " for " + programId);
        }
        if (!(preferenceBonus >= 0 && preferenceBonus < 1)) {
            throw new IllegalArgumentException(
                    "preferenceBonus must be in [0, 1), was " + preferenceBonus + " for " + programId);
        }
    }

    /** A candidate whose chance does not depend on signals, worth 1. */
    public static Candidate plain(String programId, String specialtyCode, String feeGroup, double p) {
        return new Candidate(programId, specialtyCode, feeGroup, programId, 1.0, p, p, p);
    }

    /** The chance under a selected {@link SignalOption}: no signal, an ordinary or a gold signal. */
    double chance(int option) {
        return option == SignalOption.NO_SIGNAL ? p : option == SignalOption.ORDINARY ? pSignal : pGold;
    }

    private static void requireProbability(String field, double value, String programId) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(field + " must be in [0, 1], was " + value + " for " + programId);
        }
    }
}
