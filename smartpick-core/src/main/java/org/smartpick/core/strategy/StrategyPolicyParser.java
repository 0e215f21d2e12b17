package org.smartpick.core.strategy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartpick.core.common.Problem;

/**
 * Parses {@code strategy.properties}: lines {@code key = value} and {@code key.source = label}, {@code #} comments.
 * Collects every problem with its line number or key instead of stopping at the first.
 */
public final class StrategyPolicyParser {
    private static final String SOURCE_SUFFIX = ".source";
    private static final String VERSION_KEY = "policy.version";

    private StrategyPolicyParser() {}

    public static PolicyParse parse(Reader reader) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> entries = readEntries(reader, problems);
        int version = parseVersion(entries, problems);
        Map<PolicyKey, Threshold> thresholds = new EnumMap<>(PolicyKey.class);
        for (PolicyKey key : PolicyKey.values()) {
            parseThreshold(key, entries, problems).ifPresent(t -> thresholds.put(key, t));
        }
        reportUnknownKeys(entries, problems);
        if (!problems.isEmpty()) {
            return new PolicyParse(Optional.empty(), problems);
        }
        return new PolicyParse(Optional.of(new StrategyPolicy(version, thresholds)), List.of());
    }

    private static Map<String, String> readEntries(Reader reader, List<Problem> problems) {
        Map<String, String> entries = new LinkedHashMap<>();
        BufferedReader lines = new BufferedReader(reader);
        try {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                String text = line.strip();
                if (text.isEmpty() || text.startsWith("#")) {
                    continue;
                }
                int equals = text.indexOf('=');
                if (equals <= 0) {
                    problems.add(new Problem("line " + number, "expected 'key = value', was '" + text + "'"));
                    continue;
                }
                String key = text.substring(0, equals).strip();
                if (entries.putIfAbsent(key, text.substring(equals + 1).strip()) != null) {
                    problems.add(new Problem("line " + number, key + " is defined twice; keep one definition"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static int parseVersion(Map<String, String> entries, List<Problem> problems) {
        String text = entries.get(VERSION_KEY);
        try {
            return Integer.parseInt(text == null ? "" : text);
        } catch (NumberFormatException e) {
            problems.add(new Problem(
                    VERSION_KEY, "must be a whole number, was " + (text == null ? "missing" : "'" + text + "'")));
            return 0;
        }
    }

    private static Optional<Threshold> parseThreshold(
            PolicyKey key, Map<String, String> entries, List<Problem> problems) {
        String text = entries.get(key.property());
        String source = entries.get(key.property() + SOURCE_SUFFIX);
        if (text == null) {
            problems.add(new Problem(key.property(), "is required but missing"));
            return Optional.empty();
        }
        if (source == null || source.isBlank()) {
            problems.add(new Problem(
                    key.property() + SOURCE_SUFFIX, "is required: say where " + key.property() + " comes from"));
            return Optional.empty();
        }
        try {
            return Optional.of(new Threshold(key, Double.parseDouble(text), source));
        } catch (NumberFormatException e) {
            problems.add(new Problem(key.property(), "must be a number, was '" + text + "'"));
            return Optional.empty();
        }
    }

    private static void reportUnknownKeys(Map<String, String> entries, List<Problem> problems) {
        for (String key : entries.keySet()) {
            String base = key.endsWith(SOURCE_SUFFIX) ? key.substring(0, key.length() - SOURCE_SUFFIX.length()) : key;
            if (!base.equals(VERSION_KEY) && PolicyKey.find(base).isEmpty()) {
                problems.add(new Problem(key, "is not a known strategy policy key"));
            }
        }
    }
}
