package org.smartpick.core.tiers;

/**
 * A program's tier, whether it is an alternative-pathway program (e.g. core Pediatrics before genetics), and why, in
 * words computed from the facts and the chance the tier was decided on.
 */
public record TierAssignment(Tier tier, boolean alternativePathway, String reason) {}
