package org.smartpick.core.recommend;

/** How one factor moved a program's chance, as a change in log-odds, with the numbers behind it. */
public record Contribution(String factor, double logOdds, String explanation) {
}
