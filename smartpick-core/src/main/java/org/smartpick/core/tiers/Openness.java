package org.smartpick.core.tiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.common.Decimals;
import org.smartpick.core.program.Program;

/**
 * Whether a program takes applicants of one type, by its catalog facts (the interview rate for the type, the IMG
 * and US MD shares of its residents), with the facts that decided it in words.
 */
public record Openness(Level level, String words) {
    /** OPEN: a record of taking such applicants; CLOSED: a record of not; UNKNOWN: none of the facts on file. */
    public enum Level {
        OPEN,
        NEUTRAL,
        CLOSED,
        UNKNOWN
    }

    /** The openness of {@code program} to applicants of {@code type} under {@code rules}. */
    public static Openness of(Program program, ApplicantType type, TierPolicy.OpennessRules rules) {
        Optional<Double> rate = program.interviewRates().forType(type).value();
        String interviewed = rate.map(r -> "interviewed " + percent(r) + " of " + noun(type) + " applicants")
                .orElse(null);
        if (rate.isPresent() && rate.get() < rules.closed(type)) {
            return new Openness(
                    Level.CLOSED,
                    "few " + noun(type) + "s taken: " + interviewed + " (below " + percent(rules.closed(type)) + ")");
        }
        Optional<Double> imgShare = type.isImg() ? program.imgSharePct().value() : Optional.empty();
        List<String> open = new ArrayList<>(2);
        rate.filter(r -> r >= rules.open(type))
                .ifPresent(r -> open.add(interviewed + " (" + percent(rules.open(type)) + " or more)"));
        imgShare.filter(pct -> pct >= rules.openImgSharePct())
                .ifPresent(pct -> open.add(
                        imgShareWords(pct) + " (" + Decimals.fixed(rules.openImgSharePct(), 0) + "% or more)"));
        if (!open.isEmpty()) {
            return new Openness(Level.OPEN, "takes " + noun(type) + "s: " + String.join(", ", open));
        }
        Optional<Double> usMdShare = type == ApplicantType.US_MD
                ? Optional.empty()
                : program.residents().usMdPct().value();
        if (usMdShare.filter(pct -> pct >= rules.closedUsMdSharePct()).isPresent()) {
            return new Openness(
                    Level.CLOSED,
                    "few " + noun(type) + "s taken: " + Decimals.fixed(usMdShare.get(), 0)
                            + "% of residents are US MDs (" + Decimals.fixed(rules.closedUsMdSharePct(), 0)
                            + "% or more)");
        }
        List<String> known = new ArrayList<>(3);
        rate.ifPresent(r -> known.add(interviewed));
        imgShare.ifPresent(pct -> known.add(imgShareWords(pct)));
        usMdShare.ifPresent(pct -> known.add(Decimals.fixed(pct, 0) + "% of residents are US MDs"));
        return known.isEmpty()
                ? new Openness(Level.UNKNOWN, "no interview rate or resident mix on file for " + noun(type) + "s")
                : new Openness(Level.NEUTRAL, String.join(", ", known));
    }

    private static String imgShareWords(double pct) {
        return Decimals.fixed(pct, 0) + "% of residents are IMGs";
    }

    /** The applicant type as the reasons name it: "US MD", "US DO", "US-citizen IMG", "non-US IMG". */
    static String noun(ApplicantType type) {
        switch (type) {
            case US_MD:
                return "US MD";
            case US_DO:
                return "US DO";
            case US_IMG:
                return "US-citizen IMG";
            case NON_US_IMG:
                return "non-US IMG";
            default:
                throw new AssertionError(type);
        }
    }

    /** A proportion as a percentage, whole when it is whole ("5%") and to 0.1 point otherwise ("0.5%"). */
    static String percent(double p) {
        double pct = 100 * p;
        return Decimals.fixed(pct, Math.abs(pct - Math.rint(pct)) < 1e-9 ? 0 : 1) + "%";
    }
}
