/**
 * What an application list costs under the ERAS fee schedules: per-specialty tiers that reset for each specialty,
 * flat tiers paid once, and the one-off fees of the season, each returned as a {@link
 * org.smartpick.core.fees.FeeLine} so the total carries its reasons.
 */
package org.smartpick.core.fees;
