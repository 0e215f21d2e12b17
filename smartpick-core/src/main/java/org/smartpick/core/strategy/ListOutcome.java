package org.smartpick.core.strategy;

import java.util.List;

/**
 * What a full recommendation gives for one profile: P(at least one match) of the recommended list, the ids of the
 * programs on it, and P(at least one match in a GOAL-role specialty) over that list (0 when it holds none).
 */
public record ListOutcome(double pAtLeastOneMatch, List<String> selectedProgramIds, double pGoalTrack) {
    public ListOutcome {
        requireProbability("pAtLeastOneMatch", pAtLeastOneMatch);
        requireProbability("pGoalTrack", pGoalTrack);
        selectedProgramIds = selectedProgramIds.stream().sorted().toList();
    }

    private static void requireProbability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be 0..1, was " + p);
        }
    }
}
