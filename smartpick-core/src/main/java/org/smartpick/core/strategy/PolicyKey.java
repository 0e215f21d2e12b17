package org.smartpick.core.strategy;

import java.util.Arrays;
import java.util.Optional;

/** The thresholds the strategy rules read from {@code data/policy/strategy.properties}, by property name. */
public enum PolicyKey {
    STEP1_WEAK_BELOW("step1.weakBelow"),
    STEP1_STRONG_FROM("step1.strongFrom"),
    STEP2CK_WEAK_BELOW("step2ck.weakBelow"),
    STEP2CK_SOLID_FROM("step2ck.solidFrom"),
    STEP2CK_STRONG_FROM("step2ck.strongFrom"),
    ATTEMPTS_WEAK_FROM("attempts.weakFrom"),
    YEARS_SINCE_GRADUATION_HIGH_FROM("yearsSinceGraduation.highFrom"),
    YEARS_SINCE_GRADUATION_RECENT_UP_TO("yearsSinceGraduation.recentUpTo"),
    USCE_HANDS_ON_TARGET_MONTHS("usce.handsOnTargetMonths"),
    USCE_HANDS_ON_STRONG_MONTHS("usce.handsOnStrongMonths"),
    RESEARCH_STRONG_ITEMS("research.strongItems"),
    RESEARCH_IN_SPECIALTY_TARGET("research.inSpecialtyTarget"),
    SPECIALTY_EXPERIENCE_TARGET_MONTHS("specialtyExperience.targetMonths"),
    LETTERS_TOTAL_TARGET("letters.totalTarget"),
    LETTERS_FROM_SPECIALTY_TARGET("letters.fromSpecialtyTarget"),
    PLAN_APPLY_NOW_FROM_P("plan.applyNowFromP"),
    PLAN_STRENGTHEN_MIN_GAIN("plan.strengthenMinGain"),
    PLAN_GOAL_OUT_OF_REACH_BELOW("plan.goalOutOfReachBelow"),
    VERIFY_STALE_AFTER_DAYS("verify.staleAfterDays");

    private final String property;

    PolicyKey(String property) {
        this.property = property;
    }

    public String property() {
        return property;
    }

    public static Optional<PolicyKey> find(String property) {
        return Arrays.stream(values()).filter(k -> k.property.equals(property)).findFirst();
    }
}
