package org.smartpick.core.recommend;

/** One line of the application cost: a tier of one specialty's fees, or a one-off fee. */
public record FeeLine(String label, String specialtyCode, int programs, int unitUsd, int amountUsd, String sourceUrl) {
}
