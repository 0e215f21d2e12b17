package org.smartpick.app.recommend;

import static org.smartpick.app.recommend.ReportLines.clip;
import static org.smartpick.app.recommend.ReportLines.pct;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.TreeMap;
import org.smartpick.core.chance.Contribution;
import org.smartpick.core.fees.FeeLine;
import org.smartpick.core.optimize.CurvePoint;
import org.smartpick.core.optimize.Objective;
import org.smartpick.core.program.Basis;
import org.smartpick.core.recommend.ExcludedProgram;
import org.smartpick.core.recommend.FactView;
import org.smartpick.core.recommend.ProgramResult;
import org.smartpick.core.recommend.Reason;
import org.smartpick.core.recommend.Recommendation;
import org.smartpick.core.recommend.Season;
import org.smartpick.core.recommend.SignalUse;
import org.smartpick.core.recommend.Summary;
import org.smartpick.core.season.SeasonDate;
import org.smartpick.core.strategy.AssessmentItem;
import org.smartpick.core.strategy.PlanAction;
import org.smartpick.core.strategy.VerifyItem;
import org.smartpick.core.strategy.WhatIf;
import org.smartpick.core.tiers.Tier;

/**
 * The details that follow the short answer in the full report: every reason, fact, fee line, curve point, date,
 * exclusion and note, one method per section, so that an applicant or adviser can check each number of the answer.
 */
final class DetailSections {
    /** The facts {@link #keyFacts} shows, by their label in the answer, with the short label it prints. */
    private static final Map<String, String> KEY_FACTS = Map.of(
            "J-1 visa sponsorship", "J-1",
            "H-1B visa sponsorship", "H-1B",
            "IMG share of residents", "IMG residents",
            "Interview rate, non-US IMG applicants", "interviewed non-US IMGs",
            "Interview rate, US-citizen IMG applicants", "interviewed US IMGs");

    private final ReportLines out;

    DetailSections(ReportLines out) {
        this.out = out;
    }

    /** Writes the details of the answer, in the order the report prints them. */
    void write(Recommendation r) {
        out.line("THE DETAILS");
        out.line("===========");
        header(r);
        summary(r);
        interviews(r);
        assessment(r);
        plan(r.plan());
        whatIfs(r.whatIfs());
        list(r);
        signals(r);
        cost(r.summary());
        curve(r.curve(), r.summary().diminishingReturnsAfter());
        verify(r.verifyChecklist());
        seasonDates(r.season());
        excluded(r.excluded());
        notes(r);
    }

    private void header(Recommendation r) {
        out.wrap(r.season().statement(), "");
        out.line("Chance model " + r.model().chanceModelVersion() + " (how it works: "
                + r.model().documentation() + ").");
        out.line(
                "Every chance below is a model estimate with its range, not a promise. Verify program facts with the programs.");
    }

    /** How many interviews the list can be expected to bring, in all and per specialty: applicants think in interviews. */
    private void interviews(Recommendation r) {
        Map<String, String> names = new TreeMap<>();
        r.programs().forEach(p -> names.putIfAbsent(p.specialtyCode(), p.specialtyName()));
        List<String> parts = new ArrayList<>();
        r.summary()
                .expectedInterviewsBySpecialty()
                .forEach((code, n) ->
                        parts.add(names.getOrDefault(code, code) + " " + String.format(Locale.ROOT, "%.1f", n)));
        out.line(String.format(
                Locale.ROOT,
                "Interviews this list can be expected to bring: about %.0f (%s).",
                r.summary().expectedInterviews(),
                String.join(", ", parts)));
    }

    private void summary(Recommendation r) {
        Summary s = r.summary();
        out.section("Your list in brief");
        out.line(String.format(
                Locale.ROOT, "Applications: %d, costing $%,d in ERAS fees.", s.applications(), s.totalCostUsd()));
        out.line(String.format(Locale.ROOT, "Chance of a match in a goal track: %s.", pct(s.pGoalMatch())));
        out.wrap(
                String.format(
                        Locale.ROOT,
                        "Chance of at least one match with this list: %s%s.",
                        pct(s.pAtLeastOneMatch()),
                        s.pPathwayOnlyMatch() > 0
                                ? String.format(
                                        Locale.ROOT,
                                        " (%.1f points of it from pathway programs alone, when no goal program"
                                                + " takes you)",
                                        100 * s.pPathwayOnlyMatch())
                                : s.applications() == 0
                                        ? " (no program is on the list)"
                                        : " (all of it from goal-track programs)"),
                "  ");
        if (s.applications() > 0) {
            out.line(String.format(
                    Locale.ROOT,
                    "  (Treating programs as independent would claim %s; that overstates it because the same"
                            + " application is read everywhere.)",
                    pct(s.pAtLeastOneMatchIfIndependent())));
        }
        if (s.objective() == Objective.EXPECTED_UTILITY) {
            out.line(String.format(
                    Locale.ROOT,
                    "The list maximises expected value (a goal-track match counts 1, a pathway match its"
                            + " weight): %.3f; no list within your budget can exceed %.3f.",
                    s.expectedUtility(),
                    Math.max(s.upperBound(), s.expectedUtility())));
        } else {
            out.line(String.format(
                    Locale.ROOT,
                    "No list within your budget can do better than %s.",
                    pct(Math.max(s.upperBound(), s.pAtLeastOneMatch()))));
        }
        ReportSentences.conditionsSentence(s).ifPresent(sentence -> out.wrap(sentence, ""));
        ReportSentences.flatCurveSentence(r)
                .ifPresent(
                        sentence -> out.wrap(sentence + " See the curve below before you spend the whole budget.", ""));
        s.preferences().ifPresent(p -> out.wrap(p.statement(), ""));
    }

    private void assessment(Recommendation r) {
        out.section("Where you stand");
        for (AssessmentItem item : r.assessment().items()) {
            out.wrap(
                    "- " + item.area() + " [" + item.level().name().toLowerCase(Locale.ROOT) + "]: " + item.finding()
                            + " (yardstick: " + item.source() + ")",
                    "  ");
        }
        if (!r.assessment().strengths().isEmpty()) {
            out.line("Strengths: " + r.assessment().strengths().size() + "; weaknesses: "
                    + r.assessment().weaknesses().size() + ".");
        }
    }

    private void plan(List<PlanAction> plan) {
        out.section("What to do next, in order");
        for (PlanAction action : plan) {
            out.wrap(action.priority() + ". " + action.advice(), "   ");
            out.wrap("   Why: " + action.because(), "   ");
            out.wrap("   Source: " + action.source(), "   ");
        }
    }

    private void whatIfs(List<WhatIf> whatIfs) {
        if (whatIfs.isEmpty()) {
            return;
        }
        out.section("What one change would do");
        out.line(String.format(Locale.ROOT, "%-48s %8s %8s %8s  %s", "change", "now", "after", "gain", "list changes"));
        for (WhatIf w : whatIfs) {
            out.line(String.format(
                    Locale.ROOT,
                    "%-48s %8s %8s %+7.1f  +%d / -%d programs",
                    clip("With " + w.change(), 48),
                    pct(w.pBefore()),
                    pct(w.pAfter()),
                    100 * w.gain(),
                    w.added().size(),
                    w.removed().size()));
        }
    }

    private void list(Recommendation r) {
        out.section("Your list by tier");
        for (Tier tier : Tier.values()) {
            List<ProgramResult> inTier =
                    r.selectedPrograms().stream().filter(p -> p.tier() == tier).toList();
            if (inTier.isEmpty()) {
                continue;
            }
            out.line("");
            out.line(tier.label() + " (" + inTier.size() + ")");
            for (ProgramResult p : inTier) {
                program(p);
            }
        }
        long notChosen = r.programs().stream().filter(p -> !p.selected()).count();
        out.line("");
        out.line(notChosen + " more eligible programs were not chosen; the CSV and JSON formats list them all.");
    }

    private void program(ProgramResult p) {
        String flags = p.signal().map(k -> "  [" + k + " signal]").orElse("")
                + (p.pathway() ? "  [pathway]" : "")
                + ReportSentences.conditionMarkers(p);
        out.wrap(
                String.format(
                        Locale.ROOT,
                        "* %s, %s, %s (%s %s, ACGME %s)%s",
                        p.name(),
                        p.city(),
                        p.state(),
                        p.specialtyCode(),
                        p.specialtyName(),
                        p.id(),
                        flags),
                "    ");
        out.wrap(
                String.format(
                        Locale.ROOT,
                        "    match %s (range %s-%s), interview %s",
                        pct(p.pMatch()),
                        pct(p.pMatchLow()),
                        pct(p.pMatchHigh()),
                        pct(p.pInterview())),
                "    ");
        out.wrap("    " + p.tier().label() + ": " + p.tierReason(), "      ");
        List<Contribution> strongest = new ArrayList<>(p.contributions());
        strongest.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.logOdds()))
                .thenComparing(Contribution::factor));
        for (Contribution c : strongest.subList(0, Math.min(3, strongest.size()))) {
            out.wrap(
                    String.format(Locale.ROOT, "    %+.2f %s: %s", c.logOdds(), c.factor(), c.explanation()), "      ");
        }
        keyFacts(p);
        for (String v : p.verify()) {
            out.wrap("    verify: " + v, "      ");
        }
    }

    /** The facts that most decide where an IMG can go, in one line, with where an inferred one came from. */
    private void keyFacts(ProgramResult p) {
        List<String> shown = new ArrayList<>();
        List<String> inferred = new ArrayList<>();
        for (FactView f : p.facts()) {
            String label = KEY_FACTS.get(f.attribute());
            if (label == null || !f.known()) {
                continue;
            }
            boolean isInferred = f.basis() == Basis.INFERRED;
            shown.add(label + " " + f.value() + (isInferred ? "*" : ""));
            if (isInferred && !inferred.contains(f.note())) {
                inferred.add(f.note());
            }
        }
        if (!shown.isEmpty()) {
            out.wrap(
                    "    facts: " + String.join(", ", shown)
                            + (inferred.isEmpty() ? "" : " (* " + String.join("; ", inferred) + ")"),
                    "      ");
        }
    }

    private void signals(Recommendation r) {
        out.section("Program signals");
        ShortAnswer a = ShortAnswer.of(r);
        for (SignalUse s : r.summary().signals()) {
            if (s.kind().equals("NONE")) {
                out.wrap("- " + a.specialty(s.specialtyCode()) + ": none." + note(s), "  ");
            } else {
                String kind = s.kind().equals("SIGNAL") ? "" : s.kind().toLowerCase(Locale.ROOT) + " ";
                out.wrap(
                        "- " + a.specialty(s.specialtyCode()) + ": " + s.used() + " of " + s.allowed() + " " + kind
                                + "signals." + note(s),
                        "  ");
            }
        }
    }

    private void cost(Summary s) {
        out.section("Cost");
        for (FeeLine f : s.feeLines()) {
            out.line(String.format(Locale.ROOT, "  %-64s $%,7d", clip(f.label(), 64), f.amountUsd()));
        }
        out.line(String.format(Locale.ROOT, "  %-64s $%,7d", "Total", s.totalCostUsd()));
    }

    private void curve(List<CurvePoint> curve, OptionalInt flatAfter) {
        int diminishingAt = flatAfter.orElse(-1);
        if (curve.isEmpty()) {
            return;
        }
        out.section("More applications, diminishing returns");
        out.line(String.format(Locale.ROOT, "  %12s %22s %10s", "applications", "P(at least one match)", "cost"));
        int step = Math.max(1, curve.size() / 12);
        for (int i = 0; i < curve.size(); i++) {
            CurvePoint point = curve.get(i);
            boolean last = i == curve.size() - 1;
            if (i % step == 0 || last || point.applications() == diminishingAt) {
                out.line(String.format(
                        Locale.ROOT,
                        "  %12d %22s %,10d%s",
                        point.applications(),
                        pct(point.pAtLeastOneMatch()),
                        point.costUsd(),
                        point.applications() == diminishingAt ? "  <- flat from here on" : ""));
            }
        }
    }

    /** Every step of the season with its date, and where a date is carried over, the season it comes from. */
    private void seasonDates(Season season) {
        out.section("The " + season.year() + " season's dates");
        for (SeasonDate date : season.calendar()) {
            String when = date.date()
                    .map(LocalDate::toString)
                    .orElseGet(() -> date.days().getAsInt() + " days");
            String basis = date.carriedOverFrom().isPresent()
                    ? "carried over from the " + date.carriedOverFrom().getAsInt() + " calendar"
                    : date.basis() + ", " + date.source();
            out.wrap(
                    String.format(
                            Locale.ROOT, "  %-10s  %s (%s)", when, date.event().label(), basis),
                    "              ");
        }
    }

    private void verify(List<VerifyItem> items) {
        out.section("Check these with program coordinators before you pay");
        if (items.isEmpty()) {
            out.line("Nothing unknown or stale for the chosen programs.");
        }
        for (VerifyItem item : items) {
            out.line("[ ] " + item.programName() + " (" + item.programId() + ")");
            for (String q : item.questions()) {
                out.wrap("      - " + q, "        ");
            }
        }
    }

    private void excluded(List<ExcludedProgram> excluded) {
        out.section("Programs you cannot apply to (" + excluded.size() + ")");
        Map<String, Integer> byRule = new TreeMap<>();
        for (ExcludedProgram e : excluded) {
            for (Reason reason : e.reasons()) {
                byRule.merge(reason.rule(), 1, Integer::sum);
            }
        }
        byRule.forEach((rule, n) -> out.line("  " + n + " excluded by " + rule));
        excluded.stream()
                .limit(15)
                .forEach(e -> out.wrap(
                        "- " + e.name() + ", " + e.state() + ": "
                                + String.join(
                                        " ",
                                        e.reasons().stream()
                                                .map(Reason::message)
                                                .toList()),
                        "  "));
        if (excluded.size() > 15) {
            out.line("  ... and " + (excluded.size() - 15) + " more (see the JSON format).");
        }
    }

    private void notes(Recommendation r) {
        out.section("Notes");
        r.notes().forEach(n -> out.wrap("- " + n, "  "));
        out.wrap("- How the list was computed: " + r.summary().method(), "  ");
    }

    /** The signal rule's note after a space, or nothing when the rule has none. */
    private static String note(SignalUse s) {
        return s.note().isBlank() ? "" : " " + s.note();
    }
}
