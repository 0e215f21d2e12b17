package org.smartpick.core.eligibility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The hard-rule verdict for one program: the status follows from the outcomes (any EXCLUDES, else any CONDITION,
 * else any VERIFY).
 */
public record EligibilityVerdict(String programId, EligibilityStatus status, List<RuleOutcome> outcomes) {
    public EligibilityVerdict {
        outcomes = List.copyOf(outcomes);
    }

    /** The verdict the outcomes imply. */
    public static EligibilityVerdict of(String programId, List<RuleOutcome> outcomes) {
        EligibilityStatus status = EligibilityStatus.ELIGIBLE;
        for (RuleOutcome o : outcomes) {
            EligibilityStatus implied = implied(o.effect());
            if (implied.compareTo(status) > 0) {
                status = implied;
            }
        }
        return new EligibilityVerdict(programId, status, outcomes);
    }

    /** The status one outcome alone implies; the verdict's is the gravest of them (the enum's order). */
    private static EligibilityStatus implied(RuleEffect effect) {
        switch (effect) {
            case EXCLUDES:
                return EligibilityStatus.INELIGIBLE;
            case CONDITION:
                return EligibilityStatus.CONDITIONAL;
            case VERIFY:
                return EligibilityStatus.VERIFY;
            case PASSES:
                return EligibilityStatus.ELIGIBLE;
            default:
                throw new AssertionError(effect);
        }
    }

    /** The messages of the outcomes with the given effect, in rule order (worded as they are read). */
    public List<String> messages(RuleEffect effect) {
        List<String> messages = new ArrayList<>(outcomes.size());
        for (RuleOutcome o : outcomes) {
            if (o.effect() == effect) {
                messages.add(o.message());
            }
        }
        return messages;
    }

    /** The outcomes with the given effect, in rule order. */
    public List<RuleOutcome> withEffect(RuleEffect effect) {
        List<RuleOutcome> matching = new ArrayList<>(outcomes.size());
        for (RuleOutcome o : outcomes) {
            if (o.effect() == effect) {
                matching.add(o);
            }
        }
        return Collections.unmodifiableList(matching);
    }

    /** How many outcomes have the given effect. */
    public int count(RuleEffect effect) {
        int count = 0;
        for (RuleOutcome o : outcomes) {
            count += o.effect() == effect ? 1 : 0;
        }
        return count;
    }

    /**
     * The conditions under which the program is open, in rule order: empty for an ELIGIBLE or VERIFY program; an
     * INELIGIBLE one may list some, which do not open it.
     */
    public List<Condition> conditions() {
        if (count(RuleEffect.CONDITION) == 0) {
            return List.of();
        }
        List<Condition> conditions = new ArrayList<>(1);
        for (RuleOutcome o : outcomes) {
            o.condition().ifPresent(conditions::add);
        }
        return Collections.unmodifiableList(conditions);
    }

    public boolean canApply() {
        return status != EligibilityStatus.INELIGIBLE;
    }
}
