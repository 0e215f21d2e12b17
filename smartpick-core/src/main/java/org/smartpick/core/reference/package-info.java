/**
 * The specialty-level reference tables shipped with the catalog, as records: NRMP match outcomes by specialty and
 * applicant type, ERAS fee schedules and their tiers, once-per-season fees, and program-signal allowances.
 */
package org.smartpick.core.reference;
