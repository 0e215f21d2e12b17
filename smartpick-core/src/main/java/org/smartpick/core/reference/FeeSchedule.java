package org.smartpick.core.reference;

import java.util.List;

/** The ERAS applicant fees of one season for one application type ("residency" or "fellowship"), per specialty. */
public record FeeSchedule(int season, String applicationType, List<FeeTier> tiers, String sourceUrl) {
    public FeeSchedule {
        tiers = List.copyOf(tiers);
    }
}
