package org.smartpick.core.recommend;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.smartpick.core.fees.FeeLine;

import java.util.List;

/**
 * The chosen list in brief: the objective, the chance of at least one match under correlation (and what
 * independence would claim), an upper bound on the best achievable value, the count, the cost as fee lines, the
 * signals used, the application count after which one more adds less than the stated threshold, and the number of
 * interviews the list can be expected to bring (the sum of each chosen program's interview chance with its signal),
 * in all and per specialty code.
 */
public record Summary(String objective, double pAtLeastOneMatch, double pAtLeastOneMatchIfIndependent, double upperBound,
                      double expectedUtility, int applications, int totalCostUsd, List<FeeLine> feeLines,
                      List<SignalUse> signals, int diminishingReturnsAt, String method, double expectedInterviews,
                      Map<String, Double> expectedInterviewsBySpecialty) {
    public Summary {
        feeLines = List.copyOf(feeLines);
        signals = List.copyOf(signals);
        expectedInterviewsBySpecialty = Collections.unmodifiableMap(new TreeMap<>(expectedInterviewsBySpecialty));
    }
}
