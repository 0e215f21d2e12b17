package org.smartpick.core.optimize;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.smartpick.core.applicant.Budget;
import org.smartpick.core.portfolio.LatentFactorModel;
import org.smartpick.core.reference.FeeSchedule;
import org.smartpick.core.reference.OneOffFee;
import org.smartpick.core.signals.SignalRule;

/**
 * Everything the optimizer needs: candidates, the budget (dollars include the one-off fees), the objective, the fee
 * schedule of every fee group, the one-off fees that apply to this applicant, the signal rules by specialty code
 * (a specialty without a rule gets no signals), the correlation model, the rule for where the curve flattens for
 * good ({@link Flattening}) and how far beyond the chosen list the curve runs (e.g. 1.5). The same request serves
 * the full plan ({@link ApplicationOptimizer#optimize}) and the list a what-if compares
 * ({@link ApplicationOptimizer#whatIfList}).
 */
public record OptimizationRequest(
        List<Candidate> candidates,
        Budget budget,
        Objective objective,
        Map<String, FeeSchedule> feeSchedules,
        List<OneOffFee> oneOffFees,
        Map<String, SignalRule> signalRules,
        LatentFactorModel model,
        Flattening flattening,
        double curveFactor) {
    public OptimizationRequest {
        candidates = List.copyOf(candidates);
        Objects.requireNonNull(budget, "budget");
        Objects.requireNonNull(objective, "objective");
        feeSchedules = Map.copyOf(feeSchedules);
        oneOffFees = List.copyOf(oneOffFees);
        signalRules = Map.copyOf(signalRules);
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(flattening, "flattening");
        if (!(curveFactor >= 1)) {
            throw new IllegalArgumentException("curveFactor must be >= 1, was " + curveFactor);
        }
    }

    /** The one-off fees that apply, in dollars. */
    public int oneOffUsd() {
        return oneOffFees.stream().mapToInt(OneOffFee::feeUsd).sum();
    }

    /** The program budget's count, or Integer.MAX_VALUE when it sets none. */
    public int maxPrograms() {
        return budget.maxPrograms().orElse(Integer.MAX_VALUE);
    }

    /**
     * The dollars left for program fees once the one-off fees are paid (negative when they are not covered), or
     * Integer.MAX_VALUE when the budget sets no dollar limit.
     */
    public int maxProgramUsd() {
        return budget.maxUsd().isPresent() ? budget.maxUsd().getAsInt() - oneOffUsd() : Integer.MAX_VALUE;
    }
}
