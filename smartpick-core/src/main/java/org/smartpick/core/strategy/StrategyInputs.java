package org.smartpick.core.strategy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.smartpick.core.eligibility.SeasonDeadlines;
import org.smartpick.core.program.Catalog;

/**
 * What the advisor needs besides the profile: the catalog (programs and reference tables), the policy, today's date
 * and the season's dates (empty when the plan is not for a dated season: then no action is dated).
 */
public record StrategyInputs(
        Catalog catalog, StrategyPolicy policy, LocalDate asOf, Optional<SeasonDeadlines> deadlines) {
    public StrategyInputs {
        Objects.requireNonNull(catalog, "catalog");
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(deadlines, "deadlines");
    }

    /** Inputs without the season's dates. */
    public StrategyInputs(Catalog catalog, StrategyPolicy policy, LocalDate asOf) {
        this(catalog, policy, asOf, Optional.empty());
    }
}
