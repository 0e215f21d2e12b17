package org.smartpick.core.recommend;

import java.util.List;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.common.KeyValues;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.common.Problem;
import org.smartpick.core.optimize.Flattening;

/**
 * The list-building policy, read from {@code data/policy/recommend.properties}: the value of a match on a pathway
 * relative to the goal when neither the applicant nor the pathway file gives one, the extra value of a pathway
 * program at an institution that also runs the goal family, the assumed number of applications when no budget is
 * given, where the diminishing-returns curve counts as flat for good, how far the curve reaches, and how much the
 * applicant's stated preferences weigh in the list.
 *
 * @param pathwayUtility utility of matching on a PATHWAY target no pathway family describes (a GOAL is worth 1)
 * @param linkedPathwayBonus utility added to a pathway program whose institution runs a program of the goal family
 * @param defaultMaxPrograms applications assumed when the applicant sets no budget
 * @param flattening the curve is flat for good once every further application adds less than its {@code maxStep}
 *                   and all of them together less than its {@code maxRest}, in P(at least one match), over at least
 *                   {@code minFurther} further applications
 * @param curveFactor the curve runs to this multiple of the chosen list size
 * @param preferenceWeight what a chosen program inside the stated preferences adds to the list's objective, in
 *                         P(at least one match) (0.002 = 0.2 percentage point); 0 turns preferences off
 * @param preferenceNoticeCost the loss of P(at least one match) from holding to the preferences from which the
 *                             answer's notes say it too, not only its summary
 */
public record RecommendPolicy(
        String version,
        double pathwayUtility,
        double linkedPathwayBonus,
        int defaultMaxPrograms,
        Flattening flattening,
        double curveFactor,
        double preferenceWeight,
        double preferenceNoticeCost) {
    public RecommendPolicy {
        if (!(pathwayUtility > 0 && pathwayUtility <= 1)) {
            throw new IllegalArgumentException("pathwayUtility must be in (0, 1], was " + pathwayUtility);
        }
        if (!(linkedPathwayBonus >= 0 && linkedPathwayBonus < 1)) {
            throw new IllegalArgumentException("linkedPathwayBonus must be in [0, 1), was " + linkedPathwayBonus);
        }
        if (!(preferenceWeight >= 0 && preferenceWeight <= 0.05)) {
            throw new IllegalArgumentException(
                    "preferences.weightPerProgram must be in [0, 0.05], was " + preferenceWeight);
        }
        if (!(preferenceNoticeCost >= 0 && preferenceNoticeCost < 1)) {
            throw new IllegalArgumentException("preferences.noticeCost must be in [0, 1), was " + preferenceNoticeCost);
        }
        if (defaultMaxPrograms < 1) {
            throw new IllegalArgumentException("defaultMaxPrograms must be >= 1, was " + defaultMaxPrograms);
        }
    }

    /** The policy of a parsed file, or the problems found (each naming its key or line). */
    public static Parsed<RecommendPolicy> from(KeyValues kv) {
        String version = kv.text("policy.version");
        double pathway = kv.number("utility.pathway");
        double bonus = kv.number("utility.linkedPathwayBonus");
        double programs = kv.number("budget.defaultMaxPrograms");
        double threshold = kv.number("curve.diminishingThreshold");
        double rest = kv.number("curve.diminishingRest");
        double further = kv.number("curve.diminishingMinFurther");
        double factor = kv.number("curve.factor");
        double preferenceWeight = kv.number("preferences.weightPerProgram");
        double preferenceNotice = kv.number("preferences.noticeCost");
        if (!kv.problems().isEmpty()) {
            return Parsed.failed(kv.problems());
        }
        try {
            return Parsed.of(new RecommendPolicy(
                    version,
                    pathway,
                    bonus,
                    (int) programs,
                    new Flattening(threshold, rest, (int) further),
                    factor,
                    preferenceWeight,
                    preferenceNotice));
        } catch (IllegalArgumentException e) {
            return Parsed.failed(List.of(new Problem("recommend policy", e.getMessage())));
        }
    }

    /** The utility of a target when neither the applicant nor a pathway family gives one. */
    public double fallbackUtility(TargetRole role) {
        return role == TargetRole.GOAL ? 1.0 : pathwayUtility;
    }
}
