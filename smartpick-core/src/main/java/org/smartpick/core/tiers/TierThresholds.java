package org.smartpick.core.tiers;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Properties;
import org.smartpick.core.common.Problem;

/**
 * Tier thresholds on the chance of matching at one program: below {@code reachBelow} is a reach, at or above
 * {@code safetyAtLeast} a safety, in between realistic. Read from {@code data/policy/tiers.properties}.
 */
public record TierThresholds(String version, double reachBelow, double safetyAtLeast) {
    public TierThresholds {
        if (!(reachBelow > 0 && reachBelow < safetyAtLeast && safetyAtLeast <= 1)) {
            throw new IllegalArgumentException("tier thresholds need 0 < reach.below < safety.atLeast <= 1, were "
                    + reachBelow + " and " + safetyAtLeast);
        }
    }

    /** Parsed thresholds, or the problems that prevented them. */
    public record Parsed(Optional<TierThresholds> thresholds, List<Problem> problems) {
        public Parsed {
            problems = List.copyOf(problems);
        }
    }

    public static Parsed parse(Reader reader) {
        Properties properties = new Properties();
        try {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException e) {
            return new Parsed(Optional.empty(), List.of(new Problem("tiers", "malformed properties: " + e.getMessage())));
        }
        List<Problem> problems = new ArrayList<>();
        OptionalDouble reach = fraction(properties, "reach.below", problems);
        OptionalDouble safety = fraction(properties, "safety.atLeast", problems);
        if (reach.isPresent() && safety.isPresent() && reach.getAsDouble() >= safety.getAsDouble()) {
            problems.add(new Problem("reach.below", "must be below safety.atLeast " + safety.getAsDouble() + ", was "
                    + reach.getAsDouble()));
        }
        if (!problems.isEmpty()) {
            return new Parsed(Optional.empty(), problems);
        }
        String version = properties.getProperty("version", "unversioned").trim();
        return new Parsed(Optional.of(new TierThresholds(version, reach.getAsDouble(), safety.getAsDouble())), List.of());
    }

    /** The tier of a program where the applicant's chance of matching is {@code p}, with the reason in words. */
    public TierAssignment classify(double p, boolean alternativePathway) {
        return classifier().classify(p, alternativePathway);
    }

    /** A classifier for these thresholds, for classifying many programs. */
    public TierClassifier classifier() {
        return new TierClassifier(this);
    }

    private static OptionalDouble fraction(Properties properties, String key, List<Problem> problems) {
        String value = properties.getProperty(key);
        if (value == null) {
            problems.add(new Problem(key, "missing; give a chance between 0 and 1"));
            return OptionalDouble.empty();
        }
        try {
            double parsed = Double.parseDouble(value.trim());
            if (parsed > 0 && parsed <= 1) {
                return OptionalDouble.of(parsed);
            }
        } catch (NumberFormatException e) {
            // reported below with the value
        }
        problems.add(new Problem(key, "must be a chance in (0, 1], was " + value.trim()));
        return OptionalDouble.empty();
    }
}
