package org.smartpick.core.recommend;

/** The best chance of at least one match reachable with this many applications, and what those cost. */
public record CurvePoint(int applications, double pAtLeastOneMatch, int costUsd) {
}
