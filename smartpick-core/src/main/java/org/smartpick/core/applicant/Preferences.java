package org.smartpick.core.applicant;

import java.util.List;

/** Preferred states (two-letter codes) and program settings (FREIDA labels). */
public record Preferences(List<String> states, List<String> settings) {
    public Preferences {
        states = states == null ? List.of() : List.copyOf(states);
        settings = settings == null ? List.of() : List.copyOf(settings);
    }

    public static Preferences none() {
        return new Preferences(List.of(), List.of());
    }
}
