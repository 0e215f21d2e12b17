/**
 * Reach, Realistic and Safety: each program's tier from its match chance against the thresholds of {@code
 * data/policy/tiers.properties}, with the rule and whether the program is an alternative pathway.
 */
package org.smartpick.core.tiers;
