package org.smartpick.app.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.smartpick.app.recommend.ChanceWords;
import org.smartpick.app.recommend.ReportSentences;
import org.smartpick.app.recommend.ShortAnswer;
import org.smartpick.core.chance.Contribution;
import org.smartpick.core.optimize.Objective;
import org.smartpick.core.optimize.SignalKind;
import org.smartpick.core.recommend.ProgramResult;
import org.smartpick.core.recommend.Recommendation;
import org.smartpick.core.recommend.Summary;
import org.smartpick.core.season.SeasonDate;
import org.smartpick.core.tiers.Tier;

/**
 * The results page: the recommendation as computed, the chosen programs grouped by tier, the chart, and what the
 * page's forms carry (the profile as JSON, the what-ifs, the CSRF token, the saved link when there is one).
 */
public record ResultsPage(
        Recommendation recommendation,
        ShortAnswer answer,
        List<TierGroup> tiers,
        List<ProgramResult> notChosen,
        String chartSvg,
        String profileJson,
        List<Toggle> toggles,
        String csrf,
        String savedToken,
        String savedUntil) {
    public ResultsPage {
        tiers = List.copyOf(tiers);
        notChosen = List.copyOf(notChosen);
        toggles = List.copyOf(toggles);
    }

    /** The chosen programs of one tier, in list order. */
    public record TierGroup(String label, List<ProgramResult> programs) {
        public TierGroup {
            programs = List.copyOf(programs);
        }
    }

    /** A what-if the applicant can switch on: it re-runs the recommendation with the change. */
    public record Toggle(String id, String label, boolean on) {}

    /** The page for a recommendation; {@code savedToken} and {@code savedUntil} are empty when it is not saved. */
    public static ResultsPage of(
            Recommendation recommendation,
            String profileJson,
            List<Toggle> toggles,
            String csrf,
            String savedToken,
            String savedUntil) {
        Summary summary = recommendation.summary();
        return new ResultsPage(
                recommendation,
                ShortAnswer.of(recommendation),
                tiersOf(recommendation),
                recommendation.programs().stream().filter(p -> !p.selected()).toList(),
                CurveChart.svg(
                        recommendation.curve(),
                        summary.applications(),
                        summary.diminishingReturnsAfter().orElse(0)),
                profileJson,
                toggles,
                csrf,
                savedToken,
                savedUntil);
    }

    static List<TierGroup> tiersOf(Recommendation recommendation) {
        List<TierGroup> groups = new ArrayList<>();
        for (Tier tier : Tier.values()) {
            List<ProgramResult> chosen = recommendation.selectedPrograms().stream()
                    .filter(p -> p.tier() == tier)
                    .toList();
            if (!chosen.isEmpty()) {
                groups.add(new TierGroup(tier.label(), chosen));
            }
        }
        return groups;
    }

    /** How much of the chance of any match only pathway programs give, or that all of it comes from goal tracks. */
    /** What the chances count on when chosen programs are open only under conditions; empty when none. */
    public String conditionsText() {
        return ReportSentences.conditionsSentence(recommendation.summary()).orElse("");
    }

    public String pathwayShareText() {
        Summary s = recommendation.summary();
        if (s.pPathwayOnlyMatch() > 0) {
            return String.format(
                    Locale.ROOT,
                    "%.1f points of the chance of any match come from pathway programs alone,"
                            + " when no goal program takes you.",
                    100 * s.pPathwayOnlyMatch());
        }
        return s.applications() == 0 ? "No program is on the list." : "All of it comes from goal-track programs.";
    }

    /** Where the curve is flat for good, as the report says it; empty when it does not flatten. */
    public String flatCurveText() {
        return ReportSentences.flatCurveSentence(recommendation).orElse("");
    }

    /** What the list maximises and how far from the best possible it can be. */
    public String boundText() {
        Summary s = recommendation.summary();
        if (s.objective() == Objective.EXPECTED_UTILITY) {
            return String.format(
                    Locale.ROOT,
                    "The list maximises expected value (a goal-track match counts 1, a pathway "
                            + "match less): %.3f, against at most %.3f for any list in this budget.",
                    s.expectedUtility(),
                    Math.max(s.upperBound(), s.expectedUtility()));
        }
        return "The list maximises the chance of at least one match; no list in this budget can exceed "
                + pct(Math.max(s.upperBound(), s.pAtLeastOneMatch())) + ".";
    }

    public boolean saved() {
        return !savedToken.isEmpty();
    }

    public boolean whatIfsOn() {
        return toggles.stream().anyMatch(Toggle::on);
    }

    /** "about 2 in 5": the chance as the nearest plain fraction, for the headline (the percentage goes beside it). */
    public String fractionOf(double p) {
        return ChanceWords.fraction(p);
    }

    /** One step of the season: its date in words (or its days), what happens, and where the date comes from. */
    public String dateText(SeasonDate date) {
        String when = date.date()
                .map(ShortAnswer::dayInWords)
                .orElseGet(() -> date.days().getAsInt() + " days");
        String basis = date.carriedOverFrom().isPresent()
                ? "carried over from the " + date.carriedOverFrom().getAsInt() + " calendar"
                : date.source();
        return when + ": " + date.event().label() + " (" + basis + ")";
    }

    /** An enum constant in words, its name in lower case with underscores as spaces: a track is "categorical". */
    public static String words(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    /** A signal kind in words: "gold", "silver", "signal", or "none". */
    public static String signalKind(String kind) {
        return kind.toLowerCase(Locale.ROOT);
    }

    /** A probability as a percentage with one decimal. */
    public static String pct(double p) {
        return CurveChart.percent(p);
    }

    /** A probability on the 0..100 scale of the bars, for SVG coordinates. */
    public static String bar(double p) {
        return String.format(Locale.ROOT, "%.2f", 100 * Math.max(0, Math.min(1, p)));
    }

    public static String barWidth(double low, double high) {
        return bar(Math.max(0, high - low));
    }

    /** A contribution's effect on the log-odds, signed. */
    public static String effect(Contribution contribution) {
        return String.format(Locale.ROOT, "%+.2f", contribution.logOdds());
    }

    /** The signal to send, in words: "signal" for a specialty with one kind, else e.g. "gold signal". */
    public static String signalLabel(SignalKind kind) {
        String word = kind.name().toLowerCase(Locale.ROOT);
        return word.equals("signal") ? "signal" : word + " signal";
    }

    public static String usd(int amount) {
        return String.format(Locale.ROOT, "$%,d", amount);
    }

    /** A filter key for a program: its tier in lower case (for the page's script). */
    public static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
