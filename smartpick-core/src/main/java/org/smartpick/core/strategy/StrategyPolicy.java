package org.smartpick.core.strategy;

import java.util.EnumMap;
import java.util.Map;

/** The versioned thresholds of the strategy rules; every {@link PolicyKey} has exactly one {@link Threshold}. */
public record StrategyPolicy(int version, Map<PolicyKey, Threshold> thresholds) {
    public StrategyPolicy {
        thresholds = Map.copyOf(thresholds);
        for (PolicyKey key : PolicyKey.values()) {
            if (!thresholds.containsKey(key)) {
                throw new IllegalArgumentException("strategy policy must define " + key.property() + ", was missing");
            }
        }
    }

    public Threshold threshold(PolicyKey key) {
        return thresholds.get(key);
    }

    public double value(PolicyKey key) {
        return thresholds.get(key).value();
    }

    public int intValue(PolicyKey key) {
        return thresholds.get(key).asInt();
    }

    public String source(PolicyKey key) {
        return thresholds.get(key).source();
    }

    /** A copy with one threshold's value replaced (its source kept), for tests and what-if exploration. */
    public StrategyPolicy with(PolicyKey key, double value) {
        Map<PolicyKey, Threshold> copy = new EnumMap<>(thresholds);
        copy.put(key, new Threshold(key, value, source(key)));
        return new StrategyPolicy(version, copy);
    }
}
