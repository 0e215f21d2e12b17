package org.smartpick.core.signals;

import java.util.Objects;

/**
 * The program signals an applicant may send in one specialty: {@code gold} and {@code silver} when the specialty
 * uses tiered signals, otherwise {@code untiered} plain signals. {@code onePerInstitution} limits signals to one per
 * institution. {@code note} says where the numbers come from (e.g. "2025 table used for the 2026 season").
 */
public record SignalRule(
        String specialtyCode, int season, int gold, int silver, int untiered, boolean onePerInstitution, String note) {
    public SignalRule {
        Objects.requireNonNull(specialtyCode, "specialtyCode");
        Objects.requireNonNull(note, "note");
        if (gold < 0 || silver < 0 || untiered < 0) {
            throw new IllegalArgumentException(
                    "signal counts must be >= 0, were gold " + gold + ", silver " + silver + ", untiered " + untiered);
        }
        if ((gold > 0 || silver > 0) && untiered > 0) {
            throw new IllegalArgumentException(
                    "a specialty uses tiered or untiered signals, not both: " + specialtyCode);
        }
    }

    /** A rule that allows no signals, with the reason. */
    public static SignalRule none(String specialtyCode, int season, String note) {
        return new SignalRule(specialtyCode, season, 0, 0, 0, false, note);
    }

    public boolean tiered() {
        return gold > 0 || silver > 0;
    }

    /** Slots for the higher-effect signal: gold when tiered, none otherwise. */
    public int strongSlots() {
        return gold;
    }

    /** Slots for the ordinary signal: silver when tiered, the plain signals otherwise. */
    public int ordinarySlots() {
        return tiered() ? silver : untiered;
    }

    public boolean allowsSignals() {
        return strongSlots() + ordinarySlots() > 0;
    }
}
