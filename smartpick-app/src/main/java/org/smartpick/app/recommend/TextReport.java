package org.smartpick.app.recommend;

import static org.smartpick.app.recommend.ReportLines.clip;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.smartpick.core.optimize.SignalKind;
import org.smartpick.core.recommend.ProgramResult;
import org.smartpick.core.recommend.Recommendation;
import org.smartpick.core.recommend.Summary;
import org.smartpick.core.strategy.PlanAction;

/**
 * A recommendation as a report an applicant can read from start to finish without help: the short answer written
 * here, and on request the details ({@link DetailSections}) after it.
 */
public final class TextReport {
    /** A question asked of at most this many programs names them; a longer list points to the marks in the list. */
    private static final int NAMED_UP_TO = 12;

    private final ReportLines out = new ReportLines();

    private TextReport() {}

    /**
     * The short answer, in the order a worried applicant reads it: the two chances and the interviews, apply now or
     * strengthen first with the dates, what to do next, the list with one line per program, and the questions to ask
     * programs grouped by question.
     */
    public static String render(Recommendation r) {
        TextReport report = new TextReport();
        report.answer(ShortAnswer.of(r), r);
        report.out.line("");
        report.out.wrap("The reasons, facts, cities, fees and method: run again with --full-detail.", "");
        return report.out.toString();
    }

    /** Everything: the short answer, then every reason, fact, fee line, curve point, date, exclusion and note. */
    public static String renderFullDetail(Recommendation r) {
        TextReport report = new TextReport();
        report.answer(ShortAnswer.of(r), r);
        report.out.line("");
        report.out.line("");
        new DetailSections(report.out).write(r);
        return report.out.toString();
    }

    private void answer(ShortAnswer a, Recommendation r) {
        out.line("SmartPick: your answer" + (r.profileName().isBlank() ? "" : " for " + r.profileName()));
        out.wrap(
                "For the " + r.season().year() + " season; the chances are estimates, not promises."
                        + ReportSentences.carriedOver(r.season()),
                "");
        verdict(a, r);
        decision(a);
        nextSteps(a);
        shortList(a, r);
        questions(a);
    }

    private void verdict(ShortAnswer a, Recommendation r) {
        Summary s = r.summary();
        out.section("Your chances");
        if (r.programs().isEmpty()) {
            out.wrap(
                    "None of the " + r.excluded().size()
                            + " programs in your target specialties can take you as your profile"
                            + " stands, so there is no list this season. " + a.mainExclusion(),
                    "");
            return;
        }
        if (s.applications() == 0) {
            out.line("No program fits within your budget, so there is no list and no chance of a match.");
            return;
        }
        out.wrap(
                "A match in your goal track (" + ReportSentences.inWords(a.goalTracks()) + "): " + a.goalChance() + ".",
                "  ");
        out.wrap(("A match anywhere on this list: " + a.anyChance() + ". " + a.pathwayShare()).strip(), "  ");
        out.wrap("Interviews to expect: " + a.interviews() + ".", "  ");
        out.line(String.format(
                Locale.ROOT, "Your list: %d applications, $%,d in ERAS fees.", s.applications(), s.totalCostUsd()));
        ReportSentences.conditionsSentence(s).ifPresent(sentence -> out.wrap(sentence, ""));
        s.preferences().ifPresent(p -> out.wrap(p.brief(), ""));
    }

    private void decision(ShortAnswer a) {
        out.section("Apply now or strengthen first?");
        a.decision()
                .ifPresent(
                        d -> out.wrap((a.strengthenFirst() ? "Strengthen first. " : "Apply now. ") + d.advice(), ""));
        a.dates().forEach(date -> out.wrap(date, ""));
    }

    private void nextSteps(ShortAnswer a) {
        if (a.nextSteps().isEmpty()) {
            return;
        }
        out.section("What to do next");
        int n = 1;
        for (PlanAction action : a.nextSteps()) {
            out.wrap(n++ + ". " + action.advice(), "   ");
        }
    }

    private void shortList(ShortAnswer a, Recommendation r) {
        if (a.counts().isEmpty()) {
            return;
        }
        out.section("Your list: " + r.summary().applications() + " programs");
        out.line(String.format(Locale.ROOT, "%-58s %6s %10s %7s", "", "Reach", "Realistic", "Safety"));
        for (ShortAnswer.SpecialtyCount c : a.counts()) {
            out.line(String.format(
                    Locale.ROOT,
                    "%-58s %6d %10d %7d",
                    clip(c.specialty() + (c.pathway() ? ", a pathway" : ""), 58),
                    c.reach(),
                    c.realistic(),
                    c.safety()));
        }
        out.line("");
        boolean oneConditionForAll = r.summary().conditions().size() == 1
                && r.summary().conditions().get(0).applications() == r.summary().applications();
        out.line("Each line: chance of a match, signal to send, program (state)"
                + (r.summary().conditions().isEmpty() || oneConditionForAll ? "." : ", condition."));
        for (ShortAnswer.Group g : a.groups()) {
            out.line("");
            out.line(g.specialty() + ": " + g.tier().label() + " ("
                    + g.programs().size() + ")");
            for (ProgramResult p : g.programs()) {
                List<Integer> asks = a.particularQuestionsFor(p);
                String conditional = oneConditionForAll
                        ? ""
                        : p.conditions().stream()
                                .map(c -> "  [if " + c.kind().label() + "]")
                                .collect(Collectors.joining());
                out.wrap(
                        String.format(
                                Locale.ROOT,
                                "%5s %-6s %s (%s)%s%s",
                                ChanceWords.percentShort(p.pMatch()),
                                p.signal().map(TextReport::signalWord).orElse(""),
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
    private static String signalWord(SignalKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    private void questions(ShortAnswer a) {
        if (a.questions().isEmpty()) {
            return;
        }
        out.section("Ask the programs before you pay");
        if (a.questions().stream().anyMatch(ShortAnswer.Question::everyProgram)) {
            out.line("Ask every program on your list:");
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
            out.wrap(
                    q.number() + ". " + q.text() + whom
                            + (notes.isEmpty() ? "" : " (" + String.join("; ", notes) + ".)"),
                    "   ");
        }
    }
}
