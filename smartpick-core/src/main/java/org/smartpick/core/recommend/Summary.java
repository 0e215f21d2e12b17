package org.smartpick.core.recommend;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.smartpick.core.fees.FeeLine;
import org.smartpick.core.optimize.Flattening;
import org.smartpick.core.optimize.Objective;

/**
 * The chosen list in brief: the objective, the two headline chances under correlation (of at least one match on the
 * list, and of a match in a goal track, from the list's GOAL-role programs alone), the part of the first that only
 * pathway programs give (a match when no goal program takes you), what independence would claim, an upper bound on
 * the best achievable value, the count, the cost as fee lines, the signals used, the application count after which
 * the curve is flat for good (empty when it is not: see {@link Flattening}) and that rule's thresholds, how the list
 * was computed, and the interviews the list can be expected to bring (the sum of each chosen program's interview
 * chance with its signal), in all and per specialty code. When chosen programs are open only under conditions (Step 3
 * passed by a date, say), {@code conditions} lists them and every chance above counts on them being met;
 * {@code pAtLeastOneMatchWithoutConditions} is the chance from the chosen programs that wait for none (equal to
 * P(at least one match) when there are no conditions). {@code preferences} says how the stated preferences shaped the
 * list (empty when none are stated).
 */
public record Summary(
        Objective objective,
        double pAtLeastOneMatch,
        double pGoalMatch,
        double pPathwayOnlyMatch,
        double pAtLeastOneMatchIfIndependent,
        double upperBound,
        double expectedUtility,
        int applications,
        int totalCostUsd,
        List<FeeLine> feeLines,
        List<SignalUse> signals,
        OptionalInt diminishingReturnsAfter,
        Flattening diminishingReturnsRule,
        String method,
        double expectedInterviews,
        Map<String, Double> expectedInterviewsBySpecialty,
        List<ListCondition> conditions,
        double pAtLeastOneMatchWithoutConditions,
        Optional<PreferenceSummary> preferences) {
    public Summary {
        conditions = List.copyOf(conditions);
        java.util.Objects.requireNonNull(preferences, "preferences");
        feeLines = List.copyOf(feeLines);
        signals = List.copyOf(signals);
        expectedInterviewsBySpecialty = Collections.unmodifiableMap(new TreeMap<>(expectedInterviewsBySpecialty));
    }
}
