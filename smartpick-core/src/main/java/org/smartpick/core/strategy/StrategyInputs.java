package org.smartpick.core.strategy;

import java.time.LocalDate;
import java.util.Objects;
import org.smartpick.core.program.Catalog;

/** What the advisor needs besides the profile: the catalog (programs and reference tables), the policy and today's date. */
public record StrategyInputs(Catalog catalog, StrategyPolicy policy, LocalDate asOf) {
    public StrategyInputs {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(asOf, "asOf");
    }
}
