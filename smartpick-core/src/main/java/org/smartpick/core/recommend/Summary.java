package org.smartpick.core.recommend;

import org.smartpick.core.fees.FeeLine;

import java.util.List;

/**
 * The chosen list in brief: the objective, the chance of at least one match under correlation (and what
 * independence would claim), an upper bound on the best achievable value, the count, the cost as fee lines, the
 * signals used, and the application count after which one more adds less than the stated threshold.
 */
public record Summary(String objective, double pAtLeastOneMatch, double pAtLeastOneMatchIfIndependent, double upperBound,
                      double expectedUtility, int applications, int totalCostUsd, List<FeeLine> feeLines,
                      List<SignalUse> signals, int diminishingReturnsAt, String method) {
    public Summary {
        feeLines = List.copyOf(feeLines);
        signals = List.copyOf(signals);
    }
}
