package org.smartpick.app.recommend;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.smartpick.core.chance.Contribution;
import org.smartpick.core.fees.FeeLine;
import org.smartpick.core.optimize.CurvePoint;
import org.smartpick.core.optimize.Flattening;
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

/** A recommendation as a report an applicant can read from start to finish without help. */
public final class TextReport {
    private static final int WIDTH = 100;
    /** A question asked of at most this many programs names them; a longer list points to the marks in the list. */
    private static final int NAMED_UP_TO = 12;
    /** The facts {@link #keyFacts} shows, by their label in the answer, with the short label it prints. */
    private static final Map<String, String> KEY_FACTS = Map.of(
            "J-1 visa sponsorship", "J-1",
            "H-1B visa sponsorship", "H-1B",
            "IMG share of residents", "IMG residents",
            "Interview rate, non-US IMG applicants", "interviewed non-US IMGs",
            "Interview rate, US-citizen IMG applicants", "interviewed US IMGs");

    private final StringBuilder out = new StringBuilder();

    private TextReport() {}

    /**
     * The short answer, in the order a worried applicant reads it: the two chances and the interviews, apply now or
     * strengthen first with the dates, what to do next, the list with one line per program, and the questions to ask
     * programs grouped by question.
     */
    public static String render(Recommendation r) {
        TextReport report = new TextReport();
        report.answer(ShortAnswer.of(r), r);
        report.line("");
        report.wrap("The reasons, facts, cities, fees and method: run again with --full-detail.", "");
        return report.out.toString();
    }

    /** Everything: the short answer, then every reason, fact, fee line, curve point, date, exclusion and note. */
    public static String renderFullDetail(Recommendation r) {
        TextReport report = new TextReport();
        report.answer(ShortAnswer.of(r), r);
        report.line("");
        report.line("");
        report.line("THE DETAILS");
        report.line("===========");
        report.header(r);
        report.summary(r);
        report.interviews(r);
        report.assessment(r);
        report.plan(r.plan());
        report.whatIfs(r.whatIfs());
        report.list(r);
        report.signals(r);
        report.cost(r.summary());
        report.curve(r.curve(), r.summary().diminishingReturnsAfter());
        report.verify(r.verifyChecklist());
        report.seasonDates(r.season());
        report.excluded(r.excluded());
        report.notes(r);
        return report.out.toString();
    }

    private void answer(ShortAnswer a, Recommendation r) {
        line("SmartPick: your answer" + (r.profileName().isBlank() ? "" : " for " + r.profileName()));
        wrap(
                "For the " + r.season().year() + " season; the chances are estimates, not promises."
                        + carriedOver(r.season()),
                "");
        verdict(a, r);
        decision(a);
        nextSteps(a);
        shortList(a, r);
        questions(a);
    }

    /** Which of the season's tables stand in for unpublished ones, in a sentence; empty when all are the season's own. */
    private static String carriedOver(Season season) {
        if (season.carriedOver().isEmpty()) {
            return "";
        }
        Map<String, String> words = Map.of("fees", "fees", "signals", "signal allowances", "calendar", "dates");
        List<String> tables = season.carriedOver().stream()
                .map(c -> words.getOrDefault(c.table(), c.table()))
                .toList();
        return " Its " + inWords(tables) + " are not all published yet; those of "
                + season.carriedOverFrom().getAsInt() + " stand in.";
    }

    /** "a", "a and b", "a, b and c". */
    private static String inWords(List<String> items) {
        return items.size() <= 1
                ? String.join("", items)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }

    private void verdict(ShortAnswer a, Recommendation r) {
        Summary s = r.summary();
        section("Your chances");
        if (r.programs().isEmpty()) {
            wrap(
                    "None of the " + r.excluded().size()
                            + " programs in your target specialties can take you as your profile"
                            + " stands, so there is no list this season. " + a.mainExclusion(),
                    "");
            return;
        }
        if (s.applications() == 0) {
            line("No program fits within your budget, so there is no list and no chance of a match.");
            return;
        }
        wrap("A match in your goal track (" + inWords(a.goalTracks()) + "): " + a.goalChance() + ".", "  ");
        wrap(("A match anywhere on this list: " + a.anyChance() + ". " + a.pathwayShare()).strip(), "  ");
        wrap("Interviews to expect: " + a.interviews() + ".", "  ");
        line(String.format(
                Locale.ROOT, "Your list: %d applications, $%,d in ERAS fees.", s.applications(), s.totalCostUsd()));
        conditionsSentence(s).ifPresent(sentence -> wrap(sentence, ""));
        s.preferences().ifPresent(p -> wrap(p.brief(), ""));
    }

    private void decision(ShortAnswer a) {
        section("Apply now or strengthen first?");
        a.decision()
                .ifPresent(d -> wrap((a.strengthenFirst() ? "Strengthen first. " : "Apply now. ") + d.advice(), ""));
        a.dates().forEach(date -> wrap(date, ""));
    }

    private void nextSteps(ShortAnswer a) {
        if (a.nextSteps().isEmpty()) {
            return;
        }
        section("What to do next");
        int n = 1;
        for (PlanAction action : a.nextSteps()) {
            wrap(n++ + ". " + action.advice(), "   ");
        }
    }

    private void shortList(ShortAnswer a, Recommendation r) {
        if (a.counts().isEmpty()) {
            return;
        }
        section("Your list: " + r.summary().applications() + " programs");
        line(String.format(Locale.ROOT, "%-58s %6s %10s %7s", "", "Reach", "Realistic", "Safety"));
        for (ShortAnswer.SpecialtyCount c : a.counts()) {
            line(String.format(
                    Locale.ROOT,
                    "%-58s %6d %10d %7d",
                    clip(c.specialty() + (c.pathway() ? ", a pathway" : ""), 58),
                    c.reach(),
                    c.realistic(),
                    c.safety()));
        }
        line("");
        boolean oneConditionForAll = r.summary().conditions().size() == 1
                && r.summary().conditions().get(0).applications() == r.summary().applications();
        line("Each line: chance of a match, signal to send, program (state)"
                + (r.summary().conditions().isEmpty() || oneConditionForAll ? "." : ", condition."));
        for (ShortAnswer.Group g : a.groups()) {
            line("");
            line(g.specialty() + ": " + g.tier() + " (" + g.programs().size() + ")");
            for (ProgramResult p : g.programs()) {
                List<Integer> asks = a.particularQuestionsFor(p);
                String conditional = oneConditionForAll
                        ? ""
                        : p.conditions().stream()
                                .map(c -> "  [if " + c.kind().label() + "]")
                                .collect(Collectors.joining());
                wrap(
                        String.format(
                                Locale.ROOT,
                                "%5s %-6s %s (%s)%s%s",
                                ChanceWords.percentShort(p.pMatch()),
                                p.signal() == null ? "" : signalWord(p.signal()),
                                withoutProgramSuffix(p.name()),
                                p.state(),
                                conditional,
                                asks.isEmpty()
                                        ? ""
                                        : "  ask "
                                                + String.join(
                                                        ",",
                                                        asks.stream()
                                                                .map(String::valueOf)
                                                                .toList())),
                        " ".repeat(13));
            }
        }
    }

    /**
     * The name without the " Program" that some ERAS names end in (the short list names programs only; the city and
     * the full name are in the details).
     */
    private static String withoutProgramSuffix(String name) {
        return name.endsWith(" Program") ? name.substring(0, name.length() - " Program".length()) : name;
    }

    /** The signal as one word: "gold", "silver", or "signal" where the specialty has one kind. */
    private static String signalWord(String kind) {
        return kind.toLowerCase(Locale.ROOT);
    }

    private void questions(ShortAnswer a) {
        if (a.questions().isEmpty()) {
            return;
        }
        section("Ask the programs before you pay");
        if (a.questions().stream().anyMatch(ShortAnswer.Question::everyProgram)) {
            line("Ask every program on your list:");
        }
        for (ShortAnswer.Question q : a.questions().stream()
                .sorted(Comparator.comparing(q -> !q.everyProgram()))
                .toList()) {
            String whom = q.everyProgram()
                    ? ""
                    : q.programs().size() <= NAMED_UP_TO
                            ? " Ask these " + q.programs().size() + ": "
                                    + String.join(
                                            "; ",
                                            q.programs().stream()
                                                    .map(ProgramResult::name)
                                                    .toList()) + "."
                            : " Ask " + q.programs().size() + " programs (marked \"ask " + q.number() + "\" above).";
            List<String> notes = new ArrayList<>();
            if (q.guessed() > 0) {
                notes.add(q.guessed() + " answers are SmartPick's guess from the sponsor's other programs");
            }
            if (q.outOfDate() > 0) {
                notes.add(q.outOfDate() + " are from data old enough to confirm");
            }
            wrap(
                    q.number() + ". " + q.text() + whom
                            + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ".)"),
                    "   ");
        }
    }

    private void header(Recommendation r) {
        wrap(r.season().statement(), "");
        line("Chance model " + r.model().chanceModelVersion() + " (how it works: "
                + r.model().documentation() + ").");
        line(
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
        line(String.format(
                Locale.ROOT,
                "Interviews this list can be expected to bring: about %.0f (%s).",
                r.summary().expectedInterviews(),
                String.join(", ", parts)));
    }

    private void summary(Recommendation r) {
        Summary s = r.summary();
        section("Your list in brief");
        line(String.format(
                Locale.ROOT, "Applications: %d, costing $%,d in ERAS fees.", s.applications(), s.totalCostUsd()));
        line(String.format(Locale.ROOT, "Chance of a match in a goal track: %s.", pct(s.pGoalMatch())));
        wrap(
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
            line(String.format(
                    Locale.ROOT,
                    "  (Treating programs as independent would claim %s; that overstates it because the same"
                            + " application is read everywhere.)",
                    pct(s.pAtLeastOneMatchIfIndependent())));
        }
        if (s.objective().equals("EXPECTED_UTILITY")) {
            line(String.format(
                    Locale.ROOT,
                    "The list maximises expected value (a goal-track match counts 1, a pathway match its"
                            + " weight): %.3f; no list within your budget can exceed %.3f.",
                    s.expectedUtility(),
                    Math.max(s.upperBound(), s.expectedUtility())));
        } else {
            line(String.format(
                    Locale.ROOT,
                    "No list within your budget can do better than %s.",
                    pct(Math.max(s.upperBound(), s.pAtLeastOneMatch()))));
        }
        conditionsSentence(s).ifPresent(sentence -> wrap(sentence, ""));
        flatCurveSentence(r)
                .ifPresent(sentence -> wrap(sentence + " See the curve below before you spend the whole budget.", ""));
        s.preferences().ifPresent(p -> wrap(p.statement(), ""));
    }

    /**
     * What the chances above count on, when chosen programs are open only under conditions: each condition with its
     * date and how many chosen programs wait for it, and the chance without them; empty when there are none.
     */
    public static Optional<String> conditionsSentence(Summary s) {
        if (s.conditions().isEmpty()) {
            return Optional.empty();
        }
        List<String> parts = s.conditions().stream()
                .map(c -> String.format(
                        Locale.ROOT,
                        "%s by %s (%d of the %d programs)",
                        c.kind().label(),
                        c.by(),
                        c.applications(),
                        s.applications()))
                .toList();
        return Optional.of(String.format(
                Locale.ROOT,
                "These chances are conditional: they count on %s. Without %s the"
                        + " list's chance of at least one match is %s.",
                String.join(" and ", parts),
                s.conditions().size() == 1 ? "it" : "them",
                ChanceWords.percent(s.pAtLeastOneMatchWithoutConditions())));
    }

    /** The program line's marker for each condition the program is open under, e.g. "  [if Step 3 passed by 2028-02-23]". */
    public static String conditionMarkers(ProgramResult p) {
        StringBuilder markers = new StringBuilder();
        p.conditions()
                .forEach(c -> markers.append("  [if ")
                        .append(c.kind().label())
                        .append(" by ")
                        .append(c.by())
                        .append(']'));
        return markers.toString();
    }

    /**
     * Where the curve is flat for good, in words, with the numbers of the curve the answer shows; empty when the
     * curve does not flatten (then nothing is claimed).
     */
    public static Optional<String> flatCurveSentence(Recommendation r) {
        OptionalInt after = r.summary().diminishingReturnsAfter();
        if (after.isEmpty() || r.curve().isEmpty()) {
            return Optional.empty();
        }
        Flattening rule = r.summary().diminishingReturnsRule();
        CurvePoint end = r.curve().get(r.curve().size() - 1);
        CurvePoint flat = r.curve().stream()
                .filter(p -> p.applications() == after.getAsInt())
                .findFirst()
                .orElseThrow();
        int further = end.applications() - flat.applications();
        return Optional.of(String.format(
                Locale.ROOT,
                "After %d applications the curve is flat up to its end at %d: each"
                        + " further application adds less than %s percentage point, and the %d further ones together add %.2f"
                        + " points (less than %s).",
                flat.applications(),
                end.applications(),
                points(rule.maxStep()),
                further,
                100 * (end.pAtLeastOneMatch() - flat.pAtLeastOneMatch()),
                points(rule.maxRest())));
    }

    /** A threshold in percentage points, without trailing zeros (0.001 -> "0.1"). */
    private static String points(double probability) {
        return BigDecimal.valueOf(100 * probability)
                .round(new MathContext(6))
                .stripTrailingZeros()
                .toPlainString();
    }

    private void assessment(Recommendation r) {
        section("Where you stand");
        for (AssessmentItem item : r.assessment().items()) {
            wrap(
                    "- " + item.area() + " [" + item.level().name().toLowerCase(Locale.ROOT) + "]: " + item.finding()
                            + " (yardstick: " + item.source() + ")",
                    "  ");
        }
        if (!r.assessment().strengths().isEmpty()) {
            line("Strengths: " + r.assessment().strengths().size() + "; weaknesses: "
                    + r.assessment().weaknesses().size() + ".");
        }
    }

    private void plan(List<PlanAction> plan) {
        section("What to do next, in order");
        for (PlanAction action : plan) {
            wrap(action.priority() + ". " + action.advice(), "   ");
            wrap("   Why: " + action.because(), "   ");
            wrap("   Source: " + action.source(), "   ");
        }
    }

    private void whatIfs(List<WhatIf> whatIfs) {
        if (whatIfs.isEmpty()) {
            return;
        }
        section("What one change would do");
        line(String.format(Locale.ROOT, "%-48s %8s %8s %8s  %s", "change", "now", "after", "gain", "list changes"));
        for (WhatIf w : whatIfs) {
            line(String.format(
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
        section("Your list by tier");
        for (String tier : List.of("Reach", "Realistic", "Safety")) {
            List<ProgramResult> inTier = r.selectedPrograms().stream()
                    .filter(p -> p.tier().equals(tier))
                    .toList();
            if (inTier.isEmpty()) {
                continue;
            }
            line("");
            line(tier + " (" + inTier.size() + ")");
            for (ProgramResult p : inTier) {
                program(p);
            }
        }
        long notChosen = r.programs().stream().filter(p -> !p.selected()).count();
        line("");
        line(notChosen + " more eligible programs were not chosen; the CSV and JSON formats list them all.");
    }

    private void program(ProgramResult p) {
        String flags = (p.signal() == null ? "" : "  [" + p.signal() + " signal]")
                + (p.pathway() ? "  [pathway]" : "")
                + conditionMarkers(p);
        wrap(
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
        wrap(
                String.format(
                        Locale.ROOT,
                        "    match %s (range %s-%s), interview %s",
                        pct(p.pMatch()),
                        pct(p.pMatchLow()),
                        pct(p.pMatchHigh()),
                        pct(p.pInterview())),
                "    ");
        wrap("    " + p.tier() + ": " + p.tierReason(), "      ");
        List<Contribution> strongest = new ArrayList<>(p.contributions());
        strongest.sort(Comparator.comparingDouble((Contribution c) -> -Math.abs(c.logOdds()))
                .thenComparing(Contribution::factor));
        for (Contribution c : strongest.subList(0, Math.min(3, strongest.size()))) {
            wrap(String.format(Locale.ROOT, "    %+.2f %s: %s", c.logOdds(), c.factor(), c.explanation()), "      ");
        }
        keyFacts(p);
        for (String v : p.verify()) {
            wrap("    verify: " + v, "      ");
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
            wrap(
                    "    facts: " + String.join(", ", shown)
                            + (inferred.isEmpty() ? "" : " (* " + String.join("; ", inferred) + ")"),
                    "      ");
        }
    }

    private void signals(Recommendation r) {
        section("Program signals");
        ShortAnswer a = ShortAnswer.of(r);
        for (SignalUse s : r.summary().signals()) {
            if (s.kind().equals("NONE")) {
                wrap("- " + a.specialty(s.specialtyCode()) + ": none." + note(s), "  ");
            } else {
                String kind = s.kind().equals("SIGNAL") ? "" : s.kind().toLowerCase(Locale.ROOT) + " ";
                wrap(
                        "- " + a.specialty(s.specialtyCode()) + ": " + s.used() + " of " + s.allowed() + " " + kind
                                + "signals." + note(s),
                        "  ");
            }
        }
    }

    private void cost(Summary s) {
        section("Cost");
        for (FeeLine f : s.feeLines()) {
            line(String.format(Locale.ROOT, "  %-64s $%,7d", clip(f.label(), 64), f.amountUsd()));
        }
        line(String.format(Locale.ROOT, "  %-64s $%,7d", "Total", s.totalCostUsd()));
    }

    private void curve(List<CurvePoint> curve, OptionalInt flatAfter) {
        int diminishingAt = flatAfter.orElse(-1);
        if (curve.isEmpty()) {
            return;
        }
        section("More applications, diminishing returns");
        line(String.format(Locale.ROOT, "  %12s %22s %10s", "applications", "P(at least one match)", "cost"));
        int step = Math.max(1, curve.size() / 12);
        for (int i = 0; i < curve.size(); i++) {
            CurvePoint point = curve.get(i);
            boolean last = i == curve.size() - 1;
            if (i % step == 0 || last || point.applications() == diminishingAt) {
                line(String.format(
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
        section("The " + season.year() + " season's dates");
        for (SeasonDate date : season.calendar()) {
            String when = date.date()
                    .map(LocalDate::toString)
                    .orElseGet(() -> date.days().getAsInt() + " days");
            String basis = date.carriedOverFrom().isPresent()
                    ? "carried over from the " + date.carriedOverFrom().getAsInt() + " calendar"
                    : date.basis() + ", " + date.source();
            wrap(
                    String.format(
                            Locale.ROOT, "  %-10s  %s (%s)", when, date.event().label(), basis),
                    "              ");
        }
    }

    private void verify(List<VerifyItem> items) {
        section("Check these with program coordinators before you pay");
        if (items.isEmpty()) {
            line("Nothing unknown or stale for the chosen programs.");
        }
        for (VerifyItem item : items) {
            line("[ ] " + item.programName() + " (" + item.programId() + ")");
            for (String q : item.questions()) {
                wrap("      - " + q, "        ");
            }
        }
    }

    private void excluded(List<ExcludedProgram> excluded) {
        section("Programs you cannot apply to (" + excluded.size() + ")");
        Map<String, Integer> byRule = new TreeMap<>();
        for (ExcludedProgram e : excluded) {
            for (Reason reason : e.reasons()) {
                byRule.merge(reason.rule(), 1, Integer::sum);
            }
        }
        byRule.forEach((rule, n) -> line("  " + n + " excluded by " + rule));
        excluded.stream()
                .limit(15)
                .forEach(e -> wrap(
                        "- " + e.name() + ", " + e.state() + ": "
                                + String.join(
                                        " ",
                                        e.reasons().stream()
                                                .map(Reason::message)
                                                .toList()),
                        "  "));
        if (excluded.size() > 15) {
            line("  ... and " + (excluded.size() - 15) + " more (see the JSON format).");
        }
    }

    private void notes(Recommendation r) {
        section("Notes");
        r.notes().forEach(n -> wrap("- " + n, "  "));
        wrap("- How the list was computed: " + r.summary().method(), "  ");
    }

    private void section(String title) {
        line("");
        line(title);
        line("-".repeat(title.length()));
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

    /** Wraps at the report width, continuing lines with the given indent. */
    private void wrap(String text, String indent) {
        String rest = text;
        boolean first = true;
        while (rest.length() > WIDTH) {
            int cut = rest.lastIndexOf(' ', WIDTH);
            if (cut <= indent.length()) {
                cut = WIDTH;
            }
            line(rest.substring(0, cut).stripTrailing());
            rest = indent + rest.substring(cut).trim();
            first = false;
        }
        if (!rest.isBlank() || first) {
            line(rest.stripTrailing());
        }
    }

    /** The signal rule's note after a space, or nothing when the rule has none. */
    private static String note(SignalUse s) {
        return s.note().isBlank() ? "" : " " + s.note();
    }

    private static String pct(double p) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    private static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }
}
