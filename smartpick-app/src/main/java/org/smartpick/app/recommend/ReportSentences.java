package org.smartpick.app.recommend;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.smartpick.core.optimize.CurvePoint;
import org.smartpick.core.optimize.Flattening;
import org.smartpick.core.recommend.ProgramResult;
import org.smartpick.core.recommend.Recommendation;
import org.smartpick.core.recommend.Season;
import org.smartpick.core.recommend.Summary;

/**
 * Sentences of the text report built from the answer's own numbers: which tables stand in for unpublished ones, what
 * the chances count on, where the curve is flat. The results page says the last two through the same methods, so the
 * page and the report never differ.
 */
public final class ReportSentences {
    private ReportSentences() {}

    /** Which of the season's tables stand in for unpublished ones, in a sentence; empty when all are the season's own. */
    static String carriedOver(Season season) {
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
    static String inWords(List<String> items) {
        return items.size() <= 1
                ? String.join("", items)
                : String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
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
    static String conditionMarkers(ProgramResult p) {
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
}
