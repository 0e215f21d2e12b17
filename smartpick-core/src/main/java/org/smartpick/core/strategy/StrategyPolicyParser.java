package org.smartpick.core.strategy;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartpick.core.common.KeyValues;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.common.Problem;

/**
 * Builds the strategy policy from {@code strategy.properties} read as {@link KeyValues}: lines {@code key = value} and
 * {@code key.source = label}, {@code #} comments. Collects every problem with its line number or key instead of
 * stopping at the first.
 */
public final class StrategyPolicyParser {
    private static final String SOURCE_SUFFIX = ".source";
    private static final String VERSION_KEY = "policy.version";

    private StrategyPolicyParser() {}

    /** The policy of a parsed {@code strategy.properties}, or every problem found (each naming its key or line). */
    public static Parsed<StrategyPolicy> from(KeyValues entries) {
        List<Problem> problems = new ArrayList<>(entries.problems());
        int version = parseVersion(entries, problems);
        Map<PolicyKey, Threshold> thresholds = new EnumMap<>(PolicyKey.class);
        for (PolicyKey key : PolicyKey.values()) {
            parseThreshold(key, entries, problems).ifPresent(t -> thresholds.put(key, t));
        }
        reportUnknownKeys(entries, problems);
        if (!problems.isEmpty()) {
            return Parsed.failed(problems);
        }
        return Parsed.of(new StrategyPolicy(version, thresholds));
    }

    private static int parseVersion(KeyValues entries, List<Problem> problems) {
        String text = entries.find(VERSION_KEY).orElse(null);
        try {
            return Integer.parseInt(text == null ? "" : text);
        } catch (NumberFormatException e) {
            problems.add(new Problem(
                    VERSION_KEY, "must be a whole number, was " + (text == null ? "missing" : "'" + text + "'")));
            return 0;
        }
    }

    private static Optional<Threshold> parseThreshold(PolicyKey key, KeyValues entries, List<Problem> problems) {
        String text = entries.find(key.property()).orElse(null);
        String source = entries.find(key.property() + SOURCE_SUFFIX).orElse(null);
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

    private static void reportUnknownKeys(KeyValues entries, List<Problem> problems) {
        for (String key : entries.keys()) {
            String base = key.endsWith(SOURCE_SUFFIX) ? key.substring(0, key.length() - SOURCE_SUFFIX.length()) : key;
            if (!base.equals(VERSION_KEY) && PolicyKey.find(base).isEmpty()) {
                problems.add(new Problem(key, "is not a known strategy policy key"));
            }
        }
    }
}
