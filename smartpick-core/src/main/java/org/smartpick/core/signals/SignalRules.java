package org.smartpick.core.signals;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.smartpick.core.program.YesNoUnknown;
import org.smartpick.core.reference.ReferenceData;
import org.smartpick.core.reference.SignalAllowance;

/**
 * The signal rule of each specialty for one season: the allowance of the newest table at or before the season
 * (saying so when it is an older table), unless the policy says the specialty's programs do not take signals or
 * that this is unknown, in which case no signals are planned and the rule's note says why.
 */
public final class SignalRules {
    private SignalRules() {}

    public static Map<String, SignalRule> forSeason(
            ReferenceData reference, int season, Collection<String> specialtyCodes, SignalPolicies policies) {
        Map<String, SignalRule> rules = new TreeMap<>();
        for (String code : specialtyCodes) {
            rules.put(code, ruleFor(reference, season, code, policies.find(code)));
        }
        return rules;
    }

    static SignalRule ruleFor(ReferenceData reference, int season, String code, Optional<SignalPolicy> policy) {
        YesNoUnknown accepts = policy.map(SignalPolicy::acceptsSignals).orElse(YesNoUnknown.YES);
        String policyNote = policy.map(SignalPolicy::note)
                .filter(n -> !n.isBlank())
                .map(n -> " (" + n + ")")
                .orElse("");
        if (accepts == YesNoUnknown.NO) {
            return SignalRule.none(
                    code, season, "programs do not take signals" + policyNote + ", so none are planned.");
        }
        if (accepts == YesNoUnknown.UNKNOWN) {
            return SignalRule.none(code, season, "signal rules unknown" + policyNote + ", so no signals are planned.");
        }
        Optional<SignalAllowance> allowance = reference.findSignalAllowance(season, code);
        if (allowance.isEmpty()) {
            return SignalRule.none(
                    code,
                    season,
                    "no signal allowance known for the " + season + " season or earlier, so no signals are planned.");
        }
        SignalAllowance a = allowance.get();
        boolean onePerInstitution = policy.map(SignalPolicy::onePerInstitution).orElse(false);
        String note = a.season() < season
                ? "signal allowance taken from the " + a.season() + " table (no " + season
                        + " table for this specialty)."
                : "";
        if (a.tiered()) {
            return new SignalRule(
                    code, a.season(), a.gold().getAsInt(), a.silver().getAsInt(), 0, onePerInstitution, note);
        }
        return new SignalRule(code, a.season(), 0, 0, a.total(), onePerInstitution, note);
    }
}
