package org.smartpick.core.optimize;

/** The best list of {@code applications} programs found by greedy ordering: its P(at least one match), utility and cost. */
public record CurvePoint(int applications, double pAtLeastOneMatch, double expectedUtility, int costUsd) {}
