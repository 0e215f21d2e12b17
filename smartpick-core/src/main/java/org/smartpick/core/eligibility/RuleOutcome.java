package org.smartpick.core.eligibility;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One rule's decision with the program fact and the profile fact it used, a message for the applicant and, for a
 * CONDITION, the condition (what to complete by when). The
 * three texts are worded when read: a recommendation decides every rule for thousands of programs but shows the
 * words of only a few outcomes. Equal outcomes have equal rule, effect and texts, as for a record.
 */
public final class RuleOutcome {
    private final String rule;
    private final RuleEffect effect;
    private final Supplier<String> message;
    private final Supplier<String> programFact;
    private final Supplier<String> profileFact;
    private final Optional<Condition> condition;

    public RuleOutcome(String rule, RuleEffect effect, String message, String programFact, String profileFact) {
        this(
                rule,
                effect,
                given(message, "message"),
                given(programFact, "programFact"),
                given(profileFact, "profileFact"));
    }

    /** An outcome whose texts are worded by the suppliers each time they are read. */
    RuleOutcome(
            String rule,
            RuleEffect effect,
            Supplier<String> message,
            Supplier<String> programFact,
            Supplier<String> profileFact) {
        this(rule, effect, message, programFact, profileFact, Optional.empty());
    }

    /** An outcome with its condition, which it has exactly when its effect is CONDITION. */
    RuleOutcome(
            String rule,
            RuleEffect effect,
            Supplier<String> message,
            Supplier<String> programFact,
            Supplier<String> profileFact,
            Optional<Condition> condition) {
        this.condition = Objects.requireNonNull(condition, "condition");
        if (condition.isPresent() != (effect == RuleEffect.CONDITION)) {
            throw new IllegalArgumentException("an outcome has a condition exactly when its effect is CONDITION, rule "
                    + rule + " was " + effect + " with " + condition);
        }
        this.rule = Objects.requireNonNull(rule, "rule");
        this.effect = Objects.requireNonNull(effect, "effect");
        this.message = Objects.requireNonNull(message, "message");
        this.programFact = Objects.requireNonNull(programFact, "programFact");
        this.profileFact = Objects.requireNonNull(profileFact, "profileFact");
    }

    private static Supplier<String> given(String text, String name) {
        Objects.requireNonNull(text, name);
        return () -> text;
    }

    public String rule() {
        return rule;
    }

    public RuleEffect effect() {
        return effect;
    }

    public String message() {
        return message.get();
    }

    public String programFact() {
        return programFact.get();
    }

    public String profileFact() {
        return profileFact.get();
    }

    /** What the applicant must complete by when, for a CONDITION; empty otherwise. */
    public Optional<Condition> condition() {
        return condition;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RuleOutcome other
                && rule.equals(other.rule)
                && effect == other.effect
                && message().equals(other.message())
                && programFact().equals(other.programFact())
                && profileFact().equals(other.profileFact())
                && condition.equals(other.condition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, effect, message(), programFact(), profileFact(), condition);
    }

    @Override
    public String toString() {
        return "RuleOutcome[rule=" + rule + ", effect=" + effect + ", message=" + message() + ", programFact="
                + programFact() + ", profileFact=" + profileFact()
                + condition.map(c -> ", condition=" + c).orElse("") + "]";
    }
}
