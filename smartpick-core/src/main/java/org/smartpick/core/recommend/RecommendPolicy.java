package org.smartpick.core.recommend;

import java.io.Reader;
import java.util.List;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.common.KeyValues;
import org.smartpick.core.common.Problem;

/**
 * The list-building policy, read from {@code data/policy/recommend.properties}: tier thresholds on the match chance,
 * the value of a match on a pathway relative to the goal, the assumed number of applications when no budget is
 * given, and the diminishing-returns threshold and reach of the curve.
 *
 * @param reachBelow a program is Reach when its match chance is below this
 * @param safetyAtLeast a program is Safety when its match chance is at least this (Realistic in between)
 * @param pathwayUtility utility of matching on a PATHWAY target (a GOAL target is worth 1)
 * @param defaultMaxPrograms applications assumed when the applicant sets no budget
 * @param diminishingThreshold one more application "adds little" below this gain in P(at least one match)
 * @param curveFactor the curve runs to this multiple of the chosen list size
 */
public record RecommendPolicy(String version, double reachBelow, double safetyAtLeast, double pathwayUtility,
                              int defaultMaxPrograms, double diminishingThreshold, double curveFactor) {
    public RecommendPolicy {
        if (!(reachBelow > 0 && reachBelow < safetyAtLeast && safetyAtLeast < 1)) {
            throw new IllegalArgumentException("tier thresholds must satisfy 0 < reachBelow < safetyAtLeast < 1, were "
                    + reachBelow + " and " + safetyAtLeast);
        }
        if (!(pathwayUtility > 0 && pathwayUtility <= 1)) {
            throw new IllegalArgumentException("pathwayUtility must be in (0, 1], was " + pathwayUtility);
        }
    }

    /** The policy and the problems found; on problems the policy is absent. */
    public record Parsed(java.util.Optional<RecommendPolicy> policy, List<Problem> problems) {
    }

    public static Parsed parse(Reader reader) {
        KeyValues kv = KeyValues.parse(reader);
        String version = kv.text("policy.version");
        double reach = kv.number("tier.reachBelow");
        double safety = kv.number("tier.safetyAtLeast");
        double pathway = kv.number("utility.pathway");
        double programs = kv.number("budget.defaultMaxPrograms");
        double threshold = kv.number("curve.diminishingThreshold");
        double factor = kv.number("curve.factor");
        if (!kv.problems().isEmpty()) {
            return new Parsed(java.util.Optional.empty(), kv.problems());
        }
        try {
            return new Parsed(java.util.Optional.of(new RecommendPolicy(version, reach, safety, pathway, (int) programs,
                    threshold, factor)), List.of());
        } catch (IllegalArgumentException e) {
            return new Parsed(java.util.Optional.empty(), List.of(new Problem("recommend policy", e.getMessage())));
        }
    }

    public Tier tierOf(double pMatch) {
        return pMatch < reachBelow ? Tier.REACH : pMatch >= safetyAtLeast ? Tier.SAFETY : Tier.REALISTIC;
    }

    public double utilityFor(TargetRole role) {
        return role == TargetRole.GOAL ? 1.0 : pathwayUtility;
    }
}
