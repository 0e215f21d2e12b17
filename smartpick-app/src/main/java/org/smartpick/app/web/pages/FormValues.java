package org.smartpick.app.web.pages;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What the profile form holds: every input's values by input name (the profile's JSON field path). */
public record FormValues(Map<String, List<String>> values) {
    public FormValues {
        Map<String, List<String>> copy = new TreeMap<>();
        values.forEach((name, list) -> copy.put(name, List.copyOf(list)));
        values = java.util.Collections.unmodifiableMap(copy);
    }

    public static FormValues empty() {
        return new FormValues(Map.of());
    }

    /** The input's first value, or "" when it has none. */
    public String value(String name) {
        List<String> list = values.getOrDefault(name, List.of());
        return list.isEmpty() ? "" : list.get(0);
    }

    /** Whether a checkbox or option with this value is chosen. */
    public boolean has(String name, String option) {
        return values.getOrDefault(name, List.of()).contains(option);
    }

    public List<String> all(String name) {
        return values.getOrDefault(name, List.of());
    }

    /** How many target rows hold a specialty. */
    public int filledTargets() {
        int rows = 0;
        while (!value(ProfileForm.targetField(rows, "specialtyCode")).isEmpty()) {
            rows++;
        }
        return rows;
    }
}
