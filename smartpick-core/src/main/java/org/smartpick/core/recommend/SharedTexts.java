package org.smartpick.core.recommend;

import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.smartpick.core.eligibility.EligibilityVerdict;
import org.smartpick.core.eligibility.RuleEffect;
import org.smartpick.core.eligibility.RuleOutcome;

/**
 * Texts many programs share, held once per recommendation: the eligibility reason by number of points to verify,
 * the alternative-pathway reason by specialty name, and each distinct list of messages to verify (most programs
 * have one of a few).
 * <p>
 * Programs whose eligibility was decided alike share one list of rule outcomes (see
 * {@link org.smartpick.core.eligibility.EligibilityRules.ApplicantRules.Judge}), whose texts are worded each time they
 * are read: their points to verify and conditions are worded once per shared list, found by the list's identity.
 */
final class SharedTexts {
    private final Map<Integer, String> eligibility = new HashMap<>();
    private final Map<String, String> pathway = new HashMap<>();
    private final Map<List<String>, List<String>> verify = new HashMap<>();
    private final Map<List<String>, String> conditional = new HashMap<>();
    private final IdentityHashMap<List<RuleOutcome>, List<String>> verifyByOutcomes = new IdentityHashMap<>();
    private final IdentityHashMap<List<RuleOutcome>, String> conditionalByOutcomes = new IdentityHashMap<>();

    /** The verdict's points to verify: the same list as earlier programs with the same messages got. */
    List<String> verify(EligibilityVerdict verdict) {
        return verifyByOutcomes.computeIfAbsent(
                verdict.outcomes(),
                outcomes -> verify.computeIfAbsent(verdict.messages(RuleEffect.VERIFY), List::copyOf));
    }

    /** {@link #conditional(List, int)} of the verdict's conditions and points to verify. */
    String conditional(EligibilityVerdict verdict) {
        return conditionalByOutcomes.computeIfAbsent(
                verdict.outcomes(),
                outcomes -> conditional(verdict.messages(RuleEffect.CONDITION), verdict.count(RuleEffect.VERIFY)));
    }

    String eligibility(int toVerify) {
        return eligibility.computeIfAbsent(toVerify, SharedTexts::eligibilityReason);
    }

    /** Why a program open only under conditions can be applied to: the conditions' messages, then the points to verify. */
    private String conditional(List<String> conditionMessages, int toVerify) {
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
