package org.smartpick.core.strategy;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.smartpick.core.optimize.SignalKind;

/**
 * What a full recommendation gives for one profile: P(at least one match) of the recommended list, the ids of the
 * programs on it (sorted), P(at least one match in a GOAL-role specialty) over that list (0 when it holds none), the
 * value the list maximises (P(at least one match) or expected utility), and the signal sent to each program on it
 * that gets one, so that the same list can be judged again for a changed profile.
 */
public record ListOutcome(
        double pAtLeastOneMatch,
        List<String> selectedProgramIds,
        double pGoalTrack,
        double objectiveValue,
        Map<String, SignalKind> signals) {
    public ListOutcome {
        requireProbability("pAtLeastOneMatch", pAtLeastOneMatch);
        requireProbability("pGoalTrack", pGoalTrack);
        if (!(objectiveValue >= 0)) {
            throw new IllegalArgumentException("objectiveValue must be >= 0, was " + objectiveValue);
        }
        selectedProgramIds = selectedProgramIds.stream().sorted().toList();
        TreeMap<String, SignalKind> sent = new TreeMap<>(signals);
        sent.values().removeIf(kind -> kind == SignalKind.NONE);
        signals = Collections.unmodifiableSortedMap(sent);
    }

    /** A list that maximises P(at least one match) and sends no signals. */
    public ListOutcome(double pAtLeastOneMatch, List<String> selectedProgramIds, double pGoalTrack) {
        this(pAtLeastOneMatch, selectedProgramIds, pGoalTrack, pAtLeastOneMatch, Map.of());
    }

    /** Every program on the list with its signal (NONE where it gets none). */
    public Map<String, SignalKind> listWithSignals() {
        Map<String, SignalKind> list = new TreeMap<>();
        selectedProgramIds.forEach(id -> list.put(id, signals.getOrDefault(id, SignalKind.NONE)));
        return list;
    }

    private static void requireProbability(String name, double p) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(name + " must be 0..1, was " + p);
        }
    }
}
