/**
 * Reach, Realistic and Safety: each program's tier from its facts (academic standing, openness to the applicant's
 * type, pathway role) with the applicant's chance there as the second axis, under the policy of {@code
 * data/policy/tiers.properties}, and the reason in words.
 */
package org.smartpick.core.tiers;
