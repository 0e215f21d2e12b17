package org.smartpick.core.recommend;

import java.util.ArrayList;
import java.util.List;
import org.smartpick.core.common.Decimals;

/**
 * How the applicant's stated preferences shaped the list: the states and settings named, what a chosen program inside
 * them adds to the objective (in P(at least one match)), how many chosen programs are inside and outside them (and
 * of those outside, how many are outside the states and how many outside the settings or of unknown setting), how
 * many programs inside them that can be applied to are left off, the match chance the programs outside add (the
 * list's chance less its chance without them), the chance of the best list found without preferences and what
 * holding to them costs (the difference, never below 0), and the sentence the report and page show, worded from
 * these numbers.
 */
public record PreferenceSummary(
        List<String> states,
        List<String> settings,
        double weightPerProgram,
        int chosenInside,
        int chosenOutside,
        int chosenOutsideStates,
        int chosenOutsideSettings,
        int insideNotChosen,
        double pFromOutside,
        double pIgnoringPreferences,
        double cost,
        String statement) {
    public PreferenceSummary {
        states = List.copyOf(states);
        settings = List.copyOf(settings);
    }

    /** A chosen list's programs against the preferences, and the programs inside them it leaves off. */
    record Counts(
            int chosenInside,
            int chosenOutside,
            int chosenOutsideStates,
            int chosenOutsideSettings,
            int insideNotChosen) {}

    static PreferenceSummary of(
            List<String> states,
            List<String> settings,
            double weight,
            Counts counts,
            double pList,
            double pWithoutOutside,
            double pIgnoring) {
        double fromOutside = Math.max(0, pList - pWithoutOutside);
        double cost = Math.max(0, pIgnoring - pList);
        return new PreferenceSummary(
                states,
                settings,
                weight,
                counts.chosenInside(),
                counts.chosenOutside(),
                counts.chosenOutsideStates(),
                counts.chosenOutsideSettings(),
                counts.insideNotChosen(),
                fromOutside,
                pIgnoring,
                cost,
                statement(!states.isEmpty(), weight, counts, fromOutside, pList, pIgnoring));
    }

    /**
     * The statement in brief, for the short answer: how many chosen programs are outside the preferences, what they
     * add, and what holding to the preferences costs, in the statement's own numbers.
     */
    public String brief() {
        int chosen = chosenInside + chosenOutside;
        String outside = chosenOutside == 0
                ? "All " + chosen + " programs are inside your stated preferences. "
                : chosenOutside + " of " + chosen + " programs are outside your stated preferences; they add "
                        + points(pFromOutside) + " points. ";
        double shownCost = shownCostPoints(pIgnoringPreferences - cost, pIgnoringPreferences);
        return outside
                + (shownCost < 0.05
                        ? "Holding to them costs less than 0.1 point."
                        : "Holding to them costs " + Decimals.fixed(shownCost, 1) + " points.");
    }

    /** Whether holding to the preferences costs at least {@code noticeCost} of match chance, as the statement shows it. */
    boolean costs(double noticeCost) {
        return shownCostPoints(pIgnoringPreferences - cost, pIgnoringPreferences) >= 100 * noticeCost - 1e-9;
    }

    private static String statement(
            boolean statesNamed, double weight, Counts counts, double fromOutside, double pList, double pIgnoring) {
        StringBuilder out = new StringBuilder(400);
        out.append("Your preferences weigh ")
                .append(points(weight))
                .append(
                        " points of match chance per program: a program"
                                + " inside them is chosen over one outside unless the other adds more match chance than that. ");
        int chosen = counts.chosenInside() + counts.chosenOutside();
        if (counts.chosenOutside() == 0) {
            out.append(
                    chosen == 1
                            ? "The chosen program is inside them. "
                            : "All " + chosen + " chosen programs are inside them. ");
        } else {
            List<String> parts = new ArrayList<>(2);
            if (statesNamed && counts.chosenOutsideStates() > 0) {
                parts.add(counts.chosenOutsideStates() + " outside your states");
            }
            if (counts.chosenOutsideSettings() > 0) {
                parts.add(counts.chosenOutsideSettings() + " outside your settings or of unknown setting");
            }
            out.append(counts.chosenOutside())
                    .append(" of ")
                    .append(chosen)
                    .append(" chosen programs ")
                    .append(counts.chosenOutside() == 1 ? "is" : "are")
                    .append(" outside them (")
                    .append(String.join(", ", parts))
                    .append("): ");
            if (counts.insideNotChosen() == 0) {
                out.append("every program inside your preferences that you can apply to is on the list already; ")
                        .append(counts.chosenOutside() == 1 ? "this one adds " : "these add ");
            } else {
                out.append("the list takes a program outside them only where it adds more than ")
                        .append(points(weight))
                        .append(" points of match chance over a program you prefer that could take its place; ")
                        .append(counts.chosenOutside() == 1 ? "this one adds " : "these add ");
            }
            out.append(points(fromOutside)).append(counts.chosenOutside() == 1 ? " points. " : " points together. ");
        }
        double shownCost = shownCostPoints(pList, pIgnoring);
        if (shownCost < 0.05) {
            out.append("Holding to them costs less than 0.1 point of match chance (")
                    .append(percent(pIgnoring))
                    .append(" for the best list found without them).");
        } else {
            out.append("Holding to them costs ")
                    .append(Decimals.fixed(shownCost, 1))
                    .append(" points of match chance: ")
                    .append(percent(pList))
                    .append(" against ")
                    .append(percent(pIgnoring))
                    .append(" for the best list found without them.");
        }
        return out.toString();
    }

    /** The cost in percentage points as the statement shows it: the difference of the two chances shown. */
    private static double shownCostPoints(double pList, double pIgnoring) {
        return Math.max(0, Math.round(1000 * pIgnoring) - Math.round(1000 * pList)) / 10.0;
    }

    private static String points(double p) {
        return Decimals.fixed(100 * p, 1);
    }

    private static String percent(double p) {
        return Decimals.fixed(100 * p, 1) + "%";
    }
}
