package org.smartpick.core.eligibility;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The hard-rule verdict for one program: the status follows from the outcomes (any EXCLUDES, else any VERIFY). */
public record EligibilityVerdict(String programId, EligibilityStatus status, List<RuleOutcome> outcomes) {
    public EligibilityVerdict {
        outcomes = List.copyOf(outcomes);
    }

    /** The verdict the outcomes imply. */
    public static EligibilityVerdict of(String programId, List<RuleOutcome> outcomes) {
        EligibilityStatus status = EligibilityStatus.ELIGIBLE;
        for (RuleOutcome o : outcomes) {
            if (o.effect() == RuleEffect.EXCLUDES) {
                status = EligibilityStatus.INELIGIBLE;
            } else if (o.effect() == RuleEffect.VERIFY && status == EligibilityStatus.ELIGIBLE) {
                status = EligibilityStatus.VERIFY;
            }
        }
        return new EligibilityVerdict(programId, status, outcomes);
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

    public boolean canApply() {
        return status != EligibilityStatus.INELIGIBLE;
    }
}
