package org.smartpick.core.tiers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartpick.core.common.Decimals;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.ResearchIntensity;
import org.smartpick.core.program.ResearchIntensity.MatchBasis;
import org.smartpick.core.program.Setting;

/**
 * How academic and selective a program is by its catalog facts (research intensity of its sponsor, residents' Step 1
 * band, matched applicants' publications, graduates in academic posts, setting), with the facts that decided it in words; it does not depend on the
 * applicant, so it is worked out once per catalog.
 */
public record ProgramStanding(Level level, String words) {
    /** The levels, most academic first; {@code UNKNOWN} when none of the facts is on file. */
    public enum Level {
        TOP_TIER,
        ACADEMIC,
        LESS_ACADEMIC,
        UNKNOWN
    }

    /**
     * The standing of {@code program} under {@code rules}. A program whose setting is on file as community-based (with
     * or without a university affiliation) or military is never a top-tier centre, whatever its sponsor's research rank
     * or its matched applicants' publications: those speak for the sponsor or the applicants, not for the hospital.
     */
    public static ProgramStanding of(Program program, TierPolicy.StandingRules rules) {
        boolean community =
                program.setting().value().filter(s -> s != Setting.UNIVERSITY).isPresent();
        List<String> top = community ? List.of() : qualifying(program, rules.top(), true);
        if (!top.isEmpty()) {
            return new ProgramStanding(Level.TOP_TIER, "top-tier academic centre: " + String.join(", ", top));
        }
        List<String> academic = qualifying(program, rules.academic(), false);
        if (program.setting().value().filter(s -> s == Setting.UNIVERSITY).isPresent()) {
            academic.add(0, Setting.UNIVERSITY.label());
        }
        if (!academic.isEmpty()) {
            return new ProgramStanding(Level.ACADEMIC, "academic centre: " + String.join(", ", academic));
        }
        List<String> known = known(program);
        if (known.isEmpty()) {
            return new ProgramStanding(Level.UNKNOWN, "academic standing not on file");
        }
        return new ProgramStanding(
                Level.LESS_ACADEMIC,
                (community ? "community program: " : "not a research-intensive centre: ") + String.join(", ", known));
    }

    /**
     * The facts that meet {@code level}, in words. An affiliated university's research rank speaks for the sponsor's
     * academic ties, not its own research, so it never makes a top-tier centre ({@code top}). A level without a
     * publications or academic-posts cut does not judge by it.
     */
    private static List<String> qualifying(Program program, TierPolicy.StandingLevel level, boolean top) {
        List<String> words = new ArrayList<>(3);
        research(program)
                .filter(r -> r.rank() <= level.researchRankAtMost()
                        && !(top && r.matchBasis() == MatchBasis.AFFILIATION_INFERRED))
                .ifPresent(r -> words.add(rank(r) + " (top " + level.researchRankAtMost() + ")"));
        program.selectivity()
                .residentsStep1Range()
                .value()
                .filter(level.step1Bands()::contains)
                .ifPresent(band -> words.add(step1(band)));
        level.matchedAvgPublicationsAtLeast()
                .ifPresent(least -> program.selectivity()
                        .matchedAvgPublications()
                        .value()
                        .filter(n -> n >= least)
                        .ifPresent(n -> words.add(publications(n) + " (" + Decimals.fixed(least, 0) + " or more)")));
        level.pctGradsAcademicAtLeast()
                .ifPresent(least -> program.selectivity()
                        .pctGradsAcademic()
                        .value()
                        .filter(pct -> pct >= least)
                        .ifPresent(
                                pct -> words.add(academicPosts(pct) + " (" + Decimals.fixed(least, 0) + "% or more)")));
        return words;
    }

    /** Every standing fact on file, in words, for a program that meets no academic level. */
    private static List<String> known(Program program) {
        List<String> words = new ArrayList<>(4);
        program.setting().value().ifPresent(s -> words.add(s.label()));
        research(program).ifPresent(r -> words.add(rank(r)));
        program.selectivity().residentsStep1Range().value().ifPresent(band -> words.add(step1(band)));
        program.selectivity().matchedAvgPublications().value().ifPresent(n -> words.add(publications(n)));
        program.selectivity().pctGradsAcademic().value().ifPresent(pct -> words.add(academicPosts(pct)));
        return words;
    }

    private static Optional<ResearchIntensity> research(Program program) {
        return program.selectivity().researchIntensity().value();
    }

    private static String rank(ResearchIntensity r) {
        return (r.matchBasis() == MatchBasis.AFFILIATION_INFERRED ? "affiliated university's " : "")
                + "medical-school R&D rank " + r.rank() + " of " + r.totalInstitutions();
    }

    private static String step1(String band) {
        return "residents' average Step 1 " + band;
    }

    private static String publications(double n) {
        return Decimals.fixed(n, n == Math.rint(n) ? 0 : 1) + " publications per matched applicant";
    }

    private static String academicPosts(double pct) {
        return Decimals.fixed(pct, 0) + "% of graduates in academic posts";
    }
}
