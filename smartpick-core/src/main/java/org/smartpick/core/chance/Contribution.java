package org.smartpick.core.chance;

import java.util.Objects;

/** How one factor moved the log-odds of an interview, with the applicant's and the program's numbers. */
public record Contribution(String factor, double logOdds, String explanation) {
    public Contribution {
        Objects.requireNonNull(factor, "factor");
        Objects.requireNonNull(explanation, "explanation");
    }
}
