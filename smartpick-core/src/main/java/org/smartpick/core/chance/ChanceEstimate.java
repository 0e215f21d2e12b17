package org.smartpick.core.chance;

import java.util.List;

/**
 * The chances at one program: interview, match (= interview x P(match | interview)), a range for the match chance
 * from the stated parameter uncertainty, the same chances if the applicant signals the program (silver or
 * single-tier, and gold), and the contributions that produced the interview log-odds (empty for the numbers-only
 * {@link ApplicantChances#chances}, whose words {@link ApplicantChances#explain} gives).
 */
public record ChanceEstimate(
        double pInterview,
        double pMatch,
        double pMatchLow,
        double pMatchHigh,
        double pInterviewSignalled,
        double pMatchSignalled,
        double pMatchGoldSignalled,
        List<Contribution> contributions) {
    public ChanceEstimate {
        contributions = List.copyOf(contributions);
    }

    /** The interview log-odds: the sum of the contributions. */
    public double logOdds() {
        double sum = 0;
        for (Contribution c : contributions) {
            sum += c.logOdds();
        }
        return sum;
    }
}
