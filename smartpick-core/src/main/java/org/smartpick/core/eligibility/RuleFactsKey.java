package org.smartpick.core.eligibility;

import org.smartpick.core.program.Program;

/**
 * The program facts the rules declare they read ({@link EligibilityRule#factsRead()}), packed into one number:
 * programs with the same key get the same outcomes from the same applicant's rules.
 */
final class RuleFactsKey {
    /** The facts packed, in order; their bits add up to at most 63, so that a key is never negative. */
    private static final RuleFact[] PACKED = EligibilityRule.factsRead().toArray(new RuleFact[0]);

    static {
        int bits = 0;
        for (RuleFact fact : PACKED) {
            bits += fact.bits();
        }
        if (bits > 63) {
            throw new IllegalStateException("the facts the rules read need " + bits + " bits, more than a key's 63");
        }
    }

    private RuleFactsKey() {}

    /** The key of {@code program}; -1 when one of its facts does not fit its bits. */
    static long of(Program program) {
        long key = 0;
        int shift = 0;
        for (RuleFact fact : PACKED) {
            long packed = fact.packed(program);
            if (packed < 0) {
                return -1;
            }
            key |= packed << shift;
            shift += fact.bits();
        }
        return key;
    }
}
