package org.smartpick.core.recommend;

/** Which versions of the model parameters and policies produced a recommendation, and the correlation used. */
public record ModelInfo(
        String chanceModelVersion,
        double rho,
        String eligibilityPolicyVersion,
        int strategyPolicyVersion,
        String documentation) {}
