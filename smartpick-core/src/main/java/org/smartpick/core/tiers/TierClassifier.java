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
        StringBuilder reason = new StringBuilder(120);
        return new TierAssignment(appendReason(reason, p, alternativePathway), alternativePathway, reason.toString());
    }

    /**
     * Appends the reason {@link #classify} gives for the chance {@code p} to {@code out} and returns the tier: a report
     * that writes the reason into a longer sentence needs no string of its own for it.
     */
    public Tier appendReason(StringBuilder out, double p, boolean alternativePathway) {
        Tier tier = tier(p);
        Decimals.appendFixed(out.append("chance of matching "), 100 * p, 1).append('%')
                .append(reasonTails[tier.ordinal()][alternativePathway ? 1 : 0]);
        return tier;
    }

    /** The tier's name as shown to the applicant: "Reach", "Realistic", "Safety". */
    public String label(Tier tier) {
        return labels[tier.ordinal()];
    }

    /** The tier of a chance of matching {@code p}. */
    public Tier tier(double p) {
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
