/**
 * The ERAS season calendar: the dated steps of each season (ERAS opening, July-cycle and residency submission,
 * rank-list deadline, Match Day, residency start) and the Step 3 result turnaround, read from
 * {@code data/eras_season_calendar.csv}; a season whose dates are not published gets the newest ones carried over;
 * and the rule that picks the season an applicant can still apply to on a given day.
 */
package org.smartpick.core.season;
