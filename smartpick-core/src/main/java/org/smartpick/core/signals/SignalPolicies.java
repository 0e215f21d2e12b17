package org.smartpick.core.signals;

import java.util.List;
import java.util.Optional;

/** The signal policy of each specialty that has one (signal_rules.csv). */
public record SignalPolicies(List<SignalPolicy> policies) {
    public SignalPolicies {
        policies = List.copyOf(policies);
    }

    public Optional<SignalPolicy> find(String specialtyCode) {
        return policies.stream()
                .filter(p -> p.specialtyCode().equals(specialtyCode))
                .findFirst();
    }
}
