package org.smartpick.core.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.chance.ApplicantChances;
import org.smartpick.core.chance.ChanceEstimate;
import org.smartpick.core.common.Decimals;
import org.smartpick.core.eligibility.Condition;
import org.smartpick.core.eligibility.RuleEffect;
import org.smartpick.core.optimize.Selection;
import org.smartpick.core.optimize.SignalKind;
import org.smartpick.core.program.Program;
import org.smartpick.core.tiers.TierAssignment;
import org.smartpick.core.tiers.TierClassifier;

/** What the report says of one assessed program: its result (chances, tier, reasons, signal) or why it is excluded. */
final class ProgramResults {
    private final TierClassifier tiers;

    ProgramResults(TierClassifier tiers) {
        this.tiers = tiers;
    }

    /**
     * One program's result; {@code explain} is present when its detail (contributions and facts) is shown, and
     * {@code shared} holds the texts worded so far that other programs share.
     */
    ProgramResult of(
            AssessedProgram a,
            ChanceEstimate chance,
            Optional<Selection> selection,
            CatalogIndex catalogIndex,
            ApplicantType type,
            Optional<ApplicantChances> explain,
            SharedTexts shared) {
        boolean detailed = explain.isPresent();
        Program p = a.program();
        List<String> verify = shared.verify(a.verdict());
        List<Condition> conditions = a.verdict().conditions();
        boolean pathway = a.target().role() == TargetRole.PATHWAY;
        TierAssignment tier = tiers.classify(a.indexed().tierFacts(type), a.trackRole(), chance.pMatch());
        List<String> reasons = new ArrayList<>(6);
        reasons.add(conditions.isEmpty() ? shared.eligibility(verify.size()) : shared.conditional(a.verdict()));
        StringBuilder range = new StringBuilder(80);
        Decimals.appendFixed(range.append("Match chance range "), 100 * chance.pMatchLow(), 1)
                .append('-');
        Decimals.appendFixed(range, 100 * chance.pMatchHigh(), 1).append("%, interview chance ");
        reasons.add(Decimals.appendFixed(range, 100 * chance.pInterview(), 1)
                .append("%.")
                .toString());
        if (pathway) {
            reasons.add(shared.pathway(p.specialtyName()));
        }
        a.link().ifPresent(l -> reasons.add("Preferred pathway program: " + l.reason()));
        selection.ifPresent(s -> reasons.add("Selected: without it the list's value would drop by "
                + Decimals.fixed(100 * s.marginalGain(), 2) + " percentage points."));
        Optional<SignalKind> signal = selection.map(Selection::signal).filter(k -> k != SignalKind.NONE);
        if (signal.isPresent()) {
            reasons.add("Send a " + signal.get().name().toLowerCase(Locale.ROOT)
                    + " signal: it raises the match chance here to "
                    + Decimals.fixed(
                            100
                                    * (signal.get() == SignalKind.GOLD
                                            ? chance.pMatchGoldSignalled()
                                            : chance.pMatchSignalled()),
                            1)
                    + "%.");
        }
        return new ProgramResult(
                p.id(),
                p.name(),
                p.institution(),
                p.city(),
                p.state(),
                p.specialtyCode(),
                p.specialtyName(),
                p.track(),
                p.cycle(),
                a.target().role(),
                conditions,
                verify,
                round(chance.pInterview()),
                round(chance.pMatch()),
                round(chance.pMatchLow()),
                round(chance.pMatchHigh()),
                explain.map(c -> c.explain(p)).orElse(List.of()),
                reasons,
                tier.tier(),
                tier.reason(),
                pathway,
                selection.isPresent(),
                signal,
                detailed ? catalogIndex.factsOf(p) : List.of());
    }

    /** A program no list can hold, with the rules that exclude it. */
    static ExcludedProgram excluded(AssessedProgram a) {
        List<Reason> reasons = a.verdict().withEffect(RuleEffect.EXCLUDES).stream()
                .map(o -> new Reason(o.rule(), o.message()))
                .toList();
        Program p = a.program();
        return new ExcludedProgram(p.id(), p.name(), p.specialtyCode(), p.city(), p.state(), reasons);
    }

    /** Probabilities are shown to 0.01 percentage point; more digits would claim a precision the model lacks. */
    private static double round(double p) {
        return Math.round(p * 10_000) / 10_000.0;
    }
}
