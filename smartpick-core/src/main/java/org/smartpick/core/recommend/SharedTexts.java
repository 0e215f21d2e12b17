package org.smartpick.core.recommend;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Texts many programs share, held once per recommendation: the eligibility reason by number of points to verify,
 * the alternative-pathway reason by specialty name, and each distinct list of messages to verify (most programs
 * have one of a few).
 */
final class SharedTexts {
    private final Map<Integer, String> eligibility = new HashMap<>();
    private final Map<String, String> pathway = new HashMap<>();
    private final Map<List<String>, List<String>> verify = new HashMap<>();
    private final Map<List<String>, String> conditional = new HashMap<>();

    /** The unmodifiable list equal to {@code messages} that earlier programs with the same messages got. */
    List<String> verify(List<String> messages) {
        return verify.computeIfAbsent(messages, List::copyOf);
    }

    String eligibility(int toVerify) {
        return eligibility.computeIfAbsent(toVerify, SharedTexts::eligibilityReason);
    }

    /** Why a program open only under conditions can be applied to: the conditions' messages, then the points to verify. */
    String conditional(List<String> conditionMessages, int toVerify) {
        return conditional.computeIfAbsent(
                List.of(String.join(" ", conditionMessages), String.valueOf(toVerify)),
                key -> "Conditional: " + key.get(0) + " The chances shown count on it."
                        + (toVerify > 0 ? " " + eligibilityReason(toVerify).replace("Eligible, but ", "Also ") : ""));
    }

    String pathway(String specialtyName) {
        return pathway.computeIfAbsent(
                specialtyName,
                name -> "Alternative pathway: a " + name + " program on the way to your goal specialty.");
    }

    /** Why a program that can be applied to is eligible, by its number of points to verify (VERIFY when any). */
    private static String eligibilityReason(int toVerify) {
        return toVerify > 0
                ? "Eligible, but " + toVerify + (toVerify == 1 ? " point" : " points")
                        + " to verify with the program (see verify)."
                : "Eligible: no hard rule excludes you.";
    }
}
