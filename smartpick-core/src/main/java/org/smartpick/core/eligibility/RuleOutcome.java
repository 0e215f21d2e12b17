package org.smartpick.core.eligibility;

import java.util.Objects;

/** One rule's decision with the program fact and the profile fact it used, and a message for the applicant. */
public record RuleOutcome(String rule, RuleEffect effect, String message, String programFact, String profileFact) {
    public RuleOutcome {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(programFact, "programFact");
        Objects.requireNonNull(profileFact, "profileFact");
    }
}
