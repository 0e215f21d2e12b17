package org.smartpick.core.program;

import java.util.Arrays;
import java.util.Optional;

/** The program setting as FREIDA names it. */
public enum Setting {
    UNIVERSITY("University-based"),
    COMMUNITY_UNIVERSITY_AFFILIATED("Community-based university affiliated"),
    COMMUNITY("Community-based"),
    MILITARY("Military-based");

    private final String label;

    Setting(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** Finds a setting by its FREIDA label or its enum name, ignoring case. */
    public static Optional<Setting> find(String text) {
        String t = text.trim();
        return Arrays.stream(values())
                .filter(s -> s.label.equalsIgnoreCase(t) || s.name().equalsIgnoreCase(t))
                .findFirst();
    }
}
