package org.smartpick.core.tiers;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.common.KeyValues;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.common.Problem;

/**
 * What the tiers are decided on, read from {@code data/policy/tiers.properties}: the bands of the applicant's chance
 * at one program, what makes a program a top-tier or an academic centre, and what shows that a program takes
 * applicants of the applicant's type. docs/model.md ("Tiers") gives each rule and why.
 */
public record TierPolicy(String version, ChanceBands chance, StandingRules standing, OpennessRules openness) {
    public TierPolicy {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(chance, "chance");
        Objects.requireNonNull(standing, "standing");
        Objects.requireNonNull(openness, "openness");
    }

    /**
     * The chance axis: below {@code reachBelow} a program is a Reach whatever its facts; a Safety needs at least
     * {@code safetyAtLeast}; at {@code highAtLeast} or more a top-tier centre is Realistic rather than a Reach (and a
     * program without facts a Safety).
     */
    public record ChanceBands(double reachBelow, double safetyAtLeast, double highAtLeast) {
        public ChanceBands {
            if (!(reachBelow > 0 && reachBelow < safetyAtLeast && safetyAtLeast < highAtLeast && highAtLeast <= 1)) {
                throw new IllegalArgumentException("chance bands need 0 < chance.reachBelow < chance.safetyAtLeast"
                        + " < chance.highAtLeast <= 1, were " + reachBelow + ", " + safetyAtLeast + " and "
                        + highAtLeast);
            }
        }
    }

    /**
     * One level of academic standing: a sponsor whose medical-school R&amp;D rank is at most {@code researchRankAtMost},
     * residents' average Step 1 in one of {@code step1Bands} (the source's labels), at least {@code
     * matchedAvgPublicationsAtLeast} publications per matched applicant, or at least {@code pctGradsAcademicAtLeast}
     * percent of graduates in academic posts; a level without one of the last two cuts does not judge by it.
     */
    public record StandingLevel(
            int researchRankAtMost,
            Set<String> step1Bands,
            OptionalDouble matchedAvgPublicationsAtLeast,
            OptionalDouble pctGradsAcademicAtLeast) {
        public StandingLevel {
            if (researchRankAtMost < 1) {
                throw new IllegalArgumentException("researchRankAtMost must be >= 1, was " + researchRankAtMost);
            }
            step1Bands = Set.copyOf(step1Bands);
            if (matchedAvgPublicationsAtLeast.isPresent() && !(matchedAvgPublicationsAtLeast.getAsDouble() > 0)) {
                throw new IllegalArgumentException("matchedAvgPublicationsAtLeast must be > 0, was "
                        + matchedAvgPublicationsAtLeast.getAsDouble());
            }
            double pct = pctGradsAcademicAtLeast.orElse(50);
            if (!(pct > 0 && pct <= 100)) {
                throw new IllegalArgumentException("pctGradsAcademicAtLeast must be in (0, 100], was " + pct);
            }
        }
    }

    /** What makes a top-tier academic centre, and what makes an academic centre (a University-based setting also does). */
    public record StandingRules(StandingLevel top, StandingLevel academic) {
        public StandingRules {
            Objects.requireNonNull(top, "top");
            Objects.requireNonNull(academic, "academic");
            if (top.researchRankAtMost() > academic.researchRankAtMost()) {
                throw new IllegalArgumentException(
                        "top.researchRankAtMost must not exceed academic.researchRankAtMost, were "
                                + top.researchRankAtMost() + " and " + academic.researchRankAtMost());
            }
        }
    }

    /**
     * What shows a program takes applicants of one type: its interview rate for the type at least {@code
     * openInterviewRate} (below {@code closedInterviewRate} it does not); for IMGs, at least {@code
     * openImgSharePct} percent IMG residents; for anyone but a US MD, at least {@code closedUsMdSharePct} percent US
     * MD residents shows it does not.
     */
    public record OpennessRules(
            Map<ApplicantType, Double> openInterviewRate,
            Map<ApplicantType, Double> closedInterviewRate,
            double openImgSharePct,
            double closedUsMdSharePct) {
        public OpennessRules {
            openInterviewRate = Map.copyOf(openInterviewRate);
            closedInterviewRate = Map.copyOf(closedInterviewRate);
            for (ApplicantType type : ApplicantType.values()) {
                Double open = openInterviewRate.get(type);
                Double closed = closedInterviewRate.get(type);
                if (open == null || closed == null || !(closed >= 0 && closed < open && open <= 1)) {
                    throw new IllegalArgumentException("interview rates for " + type
                            + " need 0 <= closed < open <= 1, were " + closed + " and " + open);
                }
            }
        }

        double open(ApplicantType type) {
            return openInterviewRate.get(type);
        }

        double closed(ApplicantType type) {
            return closedInterviewRate.get(type);
        }
    }

    /** A classifier with this policy, for classifying many programs. */
    public TierClassifier classifier() {
        return new TierClassifier(this);
    }

    /** The policy of a parsed file, or the problems that prevented it (each naming its key). */
    public static Parsed<TierPolicy> from(KeyValues kv) {
        String version = kv.text("version");
        double reach = kv.number("chance.reachBelow");
        double safety = kv.number("chance.safetyAtLeast");
        double high = kv.number("chance.highAtLeast");
        double topRank = kv.number("top.researchRankAtMost");
        String topBands = kv.text("top.step1Bands");
        OptionalDouble topPublications = optional(kv, "top.matchedAvgPublicationsAtLeast");
        OptionalDouble topAcademic = optional(kv, "top.pctGradsAcademicAtLeast");
        double academicRank = kv.number("academic.researchRankAtMost");
        String academicBands = kv.text("academic.step1Bands");
        OptionalDouble academicPublications = optional(kv, "academic.matchedAvgPublicationsAtLeast");
        OptionalDouble academicAcademic = optional(kv, "academic.pctGradsAcademicAtLeast");
        Map<ApplicantType, Double> open = new EnumMap<>(ApplicantType.class);
        Map<ApplicantType, Double> closed = new EnumMap<>(ApplicantType.class);
        for (ApplicantType type : ApplicantType.values()) {
            open.put(type, kv.number("open.interviewRateAtLeast." + type));
            closed.put(type, kv.number("closed.interviewRateBelow." + type));
        }
        double imgShare = kv.number("open.imgSharePctAtLeast");
        double usMdShare = kv.number("closed.usMdSharePctAtLeast");
        List<Problem> problems = new ArrayList<>(kv.problems());
        if (!problems.isEmpty()) {
            return Parsed.failed(problems);
        }
        try {
            return Parsed.of(new TierPolicy(
                    version,
                    new ChanceBands(reach, safety, high),
                    new StandingRules(
                            new StandingLevel(wholeNumber(topRank), bands(topBands), topPublications, topAcademic),
                            new StandingLevel(
                                    wholeNumber(academicRank),
                                    bands(academicBands),
                                    academicPublications,
                                    academicAcademic)),
                    new OpennessRules(open, closed, imgShare, usMdShare)));
        } catch (IllegalArgumentException e) {
            return Parsed.failed(List.of(new Problem("tiers", e.getMessage())));
        }
    }

    /** An optional cut: absent when the key is absent, else the number (a problem when it is not one). */
    private static OptionalDouble optional(KeyValues kv, String key) {
        return kv.find(key).isPresent() ? OptionalDouble.of(kv.number(key)) : OptionalDouble.empty();
    }

    private static int wholeNumber(double value) {
        if (value != Math.rint(value)) {
            throw new IllegalArgumentException("a research rank must be a whole number, was " + value);
        }
        return (int) value;
    }

    /** Step 1 bands as the source labels them, separated by '|' (a band label may hold a comma). */
    private static Set<String> bands(String text) {
        return Arrays.stream(text.split("\\|"))
                .map(String::trim)
                .filter(b -> !b.isEmpty())
                .collect(Collectors.toSet());
    }
}
