package org.smartpick.core.optimize;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.smartpick.core.fees.FeeCalculator;
import org.smartpick.core.fees.SpecialtyCount;
import org.smartpick.core.portfolio.LatentFactorModel;
import org.smartpick.core.signals.SignalRule;

/** Enumerates every option assignment (skip, apply, signal, gold) and returns the best feasible objective. */
final class BruteForce {
    private BruteForce() {}

    static double optimum(OptimizationRequest request) {
        return best(request, false);
    }

    /** The best feasible objective plus the preference bonuses of the chosen candidates: what the optimizer maximises. */
    static double scoreOptimum(OptimizationRequest request) {
        return best(request, true);
    }

    private static double best(OptimizationRequest request, boolean withBonuses) {
        List<Candidate> candidates = request.candidates();
        int options = request.signalRules().isEmpty() ? 2 : 4;
        int[] assignment = new int[candidates.size()];
        double best = 0;
        long total = (long) Math.pow(options, candidates.size());
        for (long code = 0; code < total; code++) {
            long rest = code;
            for (int j = 0; j < assignment.length; j++) {
                assignment[j] = (int) (rest % options) - 1;
                rest /= options;
            }
            if (feasible(request, assignment)) {
                double bonuses = 0;
                for (int j = 0; withBonuses && j < assignment.length; j++) {
                    bonuses += assignment[j] >= 0 ? candidates.get(j).preferenceBonus() : 0;
                }
                best = Math.max(best, value(request, assignment, request.objective()) + bonuses);
            }
        }
        return best;
    }

    /** The objective of a list, computed directly from the copula: sum over nodes of E[utility of the best taker]. */
    static double value(OptimizationRequest request, int[] assignment, Objective objective) {
        List<Candidate> candidates = request.candidates();
        List<Integer> chosen = new ArrayList<>();
        for (int j = 0; j < assignment.length; j++) {
            if (assignment[j] >= 0) {
                chosen.add(j);
            }
        }
        chosen.sort(Comparator.comparingDouble(j -> -candidates.get(j).utility()));
        LatentFactorModel model = request.model();
        // One node of weight 1 when outcomes are independent; else the (tail-trimmed) quadrature the model uses.
        double[] weights = model.nodeWeights();
        double total = 0;
        for (int k = 0; k < weights.length; k++) {
            double noneSoFar = 1;
            double value = 0;
            for (int j : chosen) {
                double q = model.conditional(candidates.get(j).chance(assignment[j]), k);
                double utility = objective == Objective.AT_LEAST_ONE_MATCH
                        ? 1
                        : candidates.get(j).utility();
                value += noneSoFar * q * utility;
                noneSoFar *= 1 - q;
            }
            total += weights[k] * value;
        }
        return total;
    }

    static boolean feasible(OptimizationRequest request, int[] assignment) {
        Map<String, Integer> perSpecialty = new HashMap<>();
        Map<String, Integer> gold = new HashMap<>();
        Map<String, Integer> ordinary = new HashMap<>();
        Map<String, Integer> perInstitution = new HashMap<>();
        Map<String, String> feeGroups = new HashMap<>();
        int count = 0;
        for (int j = 0; j < assignment.length; j++) {
            if (assignment[j] < 0) {
                continue;
            }
            Candidate c = request.candidates().get(j);
            count++;
            perSpecialty.merge(c.specialtyCode(), 1, Integer::sum);
            feeGroups.put(c.specialtyCode(), c.feeGroup());
            SignalRule rule = request.signalRules().get(c.specialtyCode());
            if (assignment[j] > 0) {
                if (rule == null) {
                    return false;
                }
                (assignment[j] == 2 ? gold : ordinary).merge(c.specialtyCode(), 1, Integer::sum);
                if (rule.onePerInstitution()
                        && perInstitution.merge(c.specialtyCode() + c.institutionKey(), 1, Integer::sum) > 1) {
                    return false;
                }
            }
        }
        for (var entry : perSpecialty.entrySet()) {
            SignalRule rule = request.signalRules().get(entry.getKey());
            int g = gold.getOrDefault(entry.getKey(), 0);
            int o = ordinary.getOrDefault(entry.getKey(), 0);
            if ((g > 0 || o > 0) && (g > rule.strongSlots() || o > rule.ordinarySlots())) {
                return false;
            }
            if (entry.getValue()
                    > request.budget().maxProgramsPerSpecialty().getOrDefault(entry.getKey(), Integer.MAX_VALUE)) {
                return false;
            }
        }
        if (count > request.budget().maxPrograms().orElse(Integer.MAX_VALUE)) {
            return false;
        }
        List<SpecialtyCount> counts = perSpecialty.entrySet().stream()
                .map(e -> new SpecialtyCount(feeGroups.get(e.getKey()), e.getKey(), e.getValue()))
                .toList();
        int usd = FeeCalculator.cost(request.feeSchedules(), counts, request.oneOffFees())
                .totalUsd();
        return usd <= request.budget().maxUsd().orElse(Integer.MAX_VALUE);
    }
}
