/**
 * The applicant's profile as records: applicant type, visa needs, USMLE steps, clinical and specialty experience,
 * research, letters, target specialties with their roles, preferences and budget. {@link
 * org.smartpick.core.applicant.ProfileRules} checks a profile before any recommendation and reports every problem
 * with its field path, so the edges can show them all at once.
 */
package org.smartpick.core.applicant;
