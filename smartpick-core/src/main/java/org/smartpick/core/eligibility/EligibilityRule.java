package org.smartpick.core.eligibility;

import java.util.EnumSet;
import java.util.Set;

/**
 * Each hard rule with the program facts it reads. The rule-facts key packs the union of these declarations, so a
 * rule that read a fact it does not declare here would let programs that differ in that fact share a cached
 * verdict; {@code RuleFactsDeclarationTest} fails when one does.
 */
enum EligibilityRule {
    VISA_SPONSORSHIP(EligibilityRules.VISA_SPONSORSHIP, RuleFact.J1_SPONSORSHIP, RuleFact.H1B_SPONSORSHIP),
    H1B_REQUIRES_STEP3(EligibilityRules.H1B_REQUIRES_STEP3, RuleFact.H1B_SPONSORSHIP),
    CITIZENSHIP_FUNDING(EligibilityRules.CITIZENSHIP_FUNDING, RuleFact.CITIZENSHIP_RESTRICTED),
    YEARS_SINCE_GRADUATION(EligibilityRules.YEARS_SINCE_GRADUATION, RuleFact.MAX_YEARS_SINCE_GRADUATION),
    ATTEMPTS(EligibilityRules.ATTEMPTS, RuleFact.MAX_ATTEMPTS),
    MIN_STEP2(EligibilityRules.MIN_STEP2, RuleFact.MIN_STEP2_SCORE),
    ECFMG_CERTIFICATION(EligibilityRules.ECFMG_CERTIFICATION);

    private final String id;

    @SuppressWarnings("ImmutableEnumChecker") // Set.copyOf: unmodifiable
    private final Set<RuleFact> reads;

    EligibilityRule(String id, RuleFact... reads) {
        this.id = id;
        this.reads = reads.length == 0 ? Set.of() : Set.copyOf(EnumSet.of(reads[0], reads));
    }

    /** The rule id its outcomes carry. */
    String id() {
        return id;
    }

    /** The program facts the rule reads. */
    Set<RuleFact> reads() {
        return reads;
    }

    /** The facts any rule reads, in declaration order of {@link RuleFact}. */
    static Set<RuleFact> factsRead() {
        Set<RuleFact> union = EnumSet.noneOf(RuleFact.class);
        for (EligibilityRule rule : values()) {
            union.addAll(rule.reads);
        }
        return union;
    }
}
