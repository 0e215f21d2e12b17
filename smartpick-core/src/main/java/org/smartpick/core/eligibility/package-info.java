/**
 * The hard rules that decide, before any scoring, whether an applicant can apply to a program: visa sponsorship,
 * H-1B without Step 3, citizenship-restricted funding, the program's stated limits and ECFMG certification. One
 * method per rule; each outcome names the rule, its effect, the program fact and the profile fact it used, and an
 * unknown program fact never excludes (it passes with the reason or asks the applicant to verify).
 */
package org.smartpick.core.eligibility;
