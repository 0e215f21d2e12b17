package org.smartpick.core.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A versioned parameter file as ordered {@code key=value} lines ({@code #} starts a comment), with the problems
 * found while reading it. Typed getters record a problem naming the line instead of throwing.
 */
public final class KeyValues {
    private final List<String> text;
    private final Map<String, String> values;
    private final Map<String, Integer> lines;
    private final List<Problem> problems;

    private KeyValues(
            List<String> text, Map<String, String> values, Map<String, Integer> lines, List<Problem> problems) {
        this.text = text;
        this.values = values;
        this.lines = lines;
        this.problems = problems;
    }

    /**
     * Reads every line of a file's text (the edge reads the file, with explicit UTF-8); a line without '=' or a
     * repeated key becomes a problem naming its line.
     */
    public static KeyValues parse(String fileText) {
        Map<String, String> values = new TreeMap<>();
        Map<String, Integer> lines = new TreeMap<>();
        List<Problem> problems = new ArrayList<>();
        List<String> text = fileText.lines().toList();
        int number = 0;
        for (String line : text) {
            number++;
            String content = line.strip();
            if (content.isEmpty() || content.startsWith("#")) {
                continue;
            }
            int eq = content.indexOf('=');
            if (eq <= 0) {
                problems.add(new Problem("line " + number, "expected key=value, was '" + content + "'"));
                continue;
            }
            String key = content.substring(0, eq).strip();
            if (values.containsKey(key)) {
                problems.add(new Problem("line " + number, "key " + key + " repeats line " + lines.get(key)));
                continue;
            }
            values.put(key, content.substring(eq + 1).strip());
            lines.put(key, number);
        }
        return new KeyValues(new ArrayList<>(text), values, lines, problems);
    }

    /**
     * The file text with {@code updates} applied: a key already present keeps its line (and the comments around
     * it) with the new value; new keys are appended in key order.
     */
    public KeyValues withValues(Map<String, String> updates) {
        return parse(textWithValues(updates));
    }

    /** The text of {@link #withValues}, to write back to the file. */
    public String textWithValues(Map<String, String> updates) {
        List<String> out = new ArrayList<>(text);
        Map<String, String> added = new TreeMap<>();
        updates.forEach((key, value) -> {
            Integer line = lines.get(key);
            if (line == null) {
                added.put(key, value);
            } else {
                out.set(line - 1, key + "=" + value);
            }
        });
        added.forEach((key, value) -> out.add(key + "=" + value));
        return String.join("\n", out) + "\n";
    }

    /** All keys, sorted. */
    public List<String> keys() {
        return List.copyOf(values.keySet());
    }

    public Optional<String> find(String key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The text of a required key; records a problem and returns "" when it is missing. */
    public String text(String key) {
        String value = values.get(key);
        if (value == null) {
            problems.add(new Problem(key, "required key " + key + " is missing"));
            return "";
        }
        return value;
    }

    /** A required number; records a problem and returns NaN when missing or not a number. */
    public double number(String key) {
        String value = values.get(key);
        if (value == null) {
            problems.add(new Problem(key, "required key " + key + " is missing"));
            return Double.NaN;
        }
        return toNumber(key, value);
    }

    /** An optional number, or {@code fallback} when absent. */
    public double number(String key, double fallback) {
        String value = values.get(key);
        return value == null ? fallback : toNumber(key, value);
    }

    private double toNumber(String key, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            problems.add(new Problem("line " + lines.get(key) + ", " + key, "expected a number, was '" + value + "'"));
            return Double.NaN;
        }
    }

    /** Keys that start with {@code prefix}, sorted. */
    public List<String> keysStartingWith(String prefix) {
        return values.keySet().stream().filter(k -> k.startsWith(prefix)).toList();
    }

    public List<Problem> problems() {
        return Collections.unmodifiableList(problems);
    }
}
