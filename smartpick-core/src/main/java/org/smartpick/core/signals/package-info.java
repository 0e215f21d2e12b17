/**
 * Program signals per specialty and season: the allowance of the newest ERAS signal table at or before the season
 * (gold and silver where tiered), combined with the policy of {@code data/policy/signal_rules.csv} that says
 * whether a specialty's programs take signals at all.
 */
package org.smartpick.core.signals;
