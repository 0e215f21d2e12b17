package org.smartpick.core.optimize;

/**
 * The objective at one quadrature node, where outcomes are independent, from each utility level's miss chance (the
 * chance that no selected program of the level takes the applicant), levels in order of utility, highest first.
 */
final class NodeValue {
    private NodeValue() {}

    /** E[utility of the best program that takes the applicant] at one node from each level's miss chance. */
    static double fromMiss(double[] none, double[] levelUtility, Objective objective) {
        double value = 0;
        double noneAbove = 1;
        for (int l = 0; l < none.length; l++) {
            value = step(value, noneAbove, levelUtility[l], none[l], objective);
            noneAbove *= none[l];
        }
        return end(value, noneAbove, objective);
    }

    /**
     * One level of the node value: P(at least one match) only multiplies the miss chances (noneAbove), expected
     * utility adds the level's utility times P(no higher level takes you, this one does).
     */
    static double step(double value, double noneAbove, double utility, double none, Objective objective) {
        return objective == Objective.AT_LEAST_ONE_MATCH ? value : value + noneAbove * utility * (1 - none);
    }

    /** The node value once every level is counted; noneAll is P(no selected program takes you). */
    static double end(double value, double noneAll, Objective objective) {
        return objective == Objective.AT_LEAST_ONE_MATCH ? 1 - noneAll : value;
    }
}
