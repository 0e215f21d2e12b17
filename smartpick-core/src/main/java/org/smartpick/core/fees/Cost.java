package org.smartpick.core.fees;

import java.util.List;

/** What a selection costs: its fee lines and their sum in dollars. */
public record Cost(List<FeeLine> lines, int totalUsd) {
    public Cost {
        lines = List.copyOf(lines);
        int sum = lines.stream().mapToInt(FeeLine::amountUsd).sum();
        if (sum != totalUsd) {
            throw new IllegalArgumentException(
                    "totalUsd must equal the sum of the fee lines " + sum + ", was " + totalUsd);
        }
    }

    public static Cost of(List<FeeLine> lines) {
        return new Cost(lines, lines.stream().mapToInt(FeeLine::amountUsd).sum());
    }

    public static Cost none() {
        return of(List.of());
    }
}
