package org.smartpick.core.recommend;

/** One program fact as shown to the applicant: its value (or "unknown, verify with the program"), source and date. */
public record FactView(String attribute, String value, String source, String asOf, boolean known) {
}
