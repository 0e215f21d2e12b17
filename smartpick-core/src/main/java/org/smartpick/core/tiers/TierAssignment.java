package org.smartpick.core.tiers;

/** A program's tier, whether it is an alternative-pathway program (e.g. core Pediatrics before genetics), and why. */
public record TierAssignment(Tier tier, boolean alternativePathway, String reason) {
}
