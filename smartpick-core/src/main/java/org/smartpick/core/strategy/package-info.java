/**
 * The advice around the list: where the applicant stands ({@link org.smartpick.core.strategy.ProfileAssessor}), a
 * prioritised plan with one method per rule, what-ifs that re-run the recommendation for single profile changes,
 * and the checklist of unknown or stale facts to verify with each chosen program. The thresholds come from the
 * versioned {@code data/policy/strategy.properties}, each with its source.
 */
package org.smartpick.core.strategy;
