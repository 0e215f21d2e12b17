package org.smartpick.core.tiers;

import java.util.Locale;
import org.smartpick.core.common.Decimals;

/**
 * Classifies chances by one set of {@link TierThresholds}, with each tier's rule and label worded once: a
 * recommendation classifies every eligible program, and only the chance itself differs between their reasons.
 */
public final class TierClassifier {
    private final TierThresholds thresholds;
    /** The reason after the chance, by tier ordinal and then 0 for a core, 1 for an alternative-pathway program. */
    private final String[][] reasonTails = new String[Tier.values().length][2];
    private final String[] labels = new String[Tier.values().length];

    TierClassifier(TierThresholds thresholds) {
        this.thresholds = thresholds;
        for (Tier tier : Tier.values()) {
            String tail = " is " + rule(tier) + " (tiers " + thresholds.version() + ")";
            reasonTails[tier.ordinal()][0] = tail;
            reasonTails[tier.ordinal()][1] = tail + "; an alternative-pathway program";
            labels[tier.ordinal()] = tier.name().charAt(0) + tier.name().substring(1).toLowerCase(Locale.ROOT);
        }
    }

    /** The tier of a program where the applicant's chance of matching is {@code p}, with the reason in words. */
    public TierAssignment classify(double p, boolean alternativePathway) {
        Tier tier = tier(p);
        StringBuilder reason = new StringBuilder(120).append("chance of matching ");
        Decimals.appendFixed(reason, 100 * p, 1).append('%').append(reasonTails[tier.ordinal()][alternativePathway ? 1 : 0]);
        return new TierAssignment(tier, alternativePathway, reason.toString());
    }

    /** The tier's name as shown to the applicant: "Reach", "Realistic", "Safety". */
    public String label(Tier tier) {
        return labels[tier.ordinal()];
    }

    private Tier tier(double p) {
        return p < thresholds.reachBelow() ? Tier.REACH : p >= thresholds.safetyAtLeast() ? Tier.SAFETY : Tier.REALISTIC;
    }

    private String rule(Tier tier) {
        return switch (tier) {
            case REACH -> "below the reach threshold of " + percent(thresholds.reachBelow());
            case SAFETY -> "at or above the safety threshold of " + percent(thresholds.safetyAtLeast());
            case REALISTIC -> "between " + percent(thresholds.reachBelow()) + " and " + percent(thresholds.safetyAtLeast());
        };
    }

    private static String percent(double p) {
        return Decimals.fixed(100 * p, 1) + "%";
    }
}
