package org.smartpick.core.tiers;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.program.Program;

/**
 * Decides each program's tier from its facts, with the applicant's chance at the program as the second axis, by the
 * rules below in order (docs/model.md, "Tiers"): a program with no facts on file is tiered by the chance alone; a
 * very low chance is a Reach whatever the program; a top-tier academic centre is a Reach (Realistic when it takes
 * applicants like this one or the chance is high, never a Safety); a program with a record of not taking applicants like this one is a Reach; one with a record
 * of taking them and a fair chance is a Safety when it is not an academic centre, or when it is a pathway at an
 * institution that also trains in the goal; anything else is Realistic.
 */
public final class TierClassifier {
    private final TierPolicy policy;
    private final String[] labels = new String[Tier.values().length];
    /**
     * The most assignments kept: a few per catalog program and applicant type, so one catalog's stay; entries of
     * catalogs replaced by an import are dropped when the table is full.
     */
    private static final int MAX_WORDED = 200_000;
    /** Assignments worded so far, by rule and program facts. */
    private final ConcurrentMap<Worded, TierAssignment> worded = new ConcurrentHashMap<>();

    /** What an assignment's wording depends on. */
    private record Worded(Tier tier, String rule, ProgramStanding standing, Openness openness, TrackRole role) {}

    TierClassifier(TierPolicy policy) {
        this.policy = policy;
        for (Tier tier : Tier.values()) {
            labels[tier.ordinal()] =
                    tier.name().charAt(0) + tier.name().substring(1).toLowerCase(Locale.ROOT);
        }
    }

    /** The program's standing, which does not depend on the applicant: work it out once per catalog. */
    public ProgramStanding standingOf(Program program) {
        return ProgramStanding.of(program, policy.standing());
    }

    /** The program's openness to applicants of {@code type}. */
    public Openness opennessOf(Program program, ApplicantType type) {
        return Openness.of(program, type, policy.openness());
    }

    /** The tier of a program of this standing, openness and role where the applicant's chance of matching is {@code p}. */
    public TierAssignment classify(ProgramStanding standing, Openness openness, TrackRole role, double p) {
        if (standing.level() == ProgramStanding.Level.UNKNOWN && openness.level() == Openness.Level.UNKNOWN) {
            return byChanceAlone(standing, openness, role, p);
        }
        if (p < policy.chance().reachBelow()) {
            return veryLowChanceIsReach(standing, openness, role);
        }
        if (standing.level() == ProgramStanding.Level.TOP_TIER) {
            return topTierIsReachUnlessItTakesYouOrChanceIsHigh(standing, openness, role, p);
        }
        if (openness.level() == Openness.Level.CLOSED) {
            return notTakingApplicantsLikeYouIsReach(standing, openness, role);
        }
        if (openness.level() == Openness.Level.OPEN && safetyKind(standing, role)) {
            return takingApplicantsLikeYouIsSafetyWithAFairChance(standing, openness, role, p);
        }
        return assigned(
                Tier.REALISTIC,
                "otherwise",
                standing,
                openness,
                role,
                () -> facts(standing, openness, role) + "; " + realisticBecause(openness, role));
    }

    /** The tier's name as shown to the applicant: "Reach", "Realistic", "Safety". */
    public String label(Tier tier) {
        return labels[tier.ordinal()];
    }

    /** No standing or openness fact on file: the chance alone decides, and the reason says so. */
    private TierAssignment byChanceAlone(ProgramStanding standing, Openness openness, TrackRole role, double p) {
        TierPolicy.ChanceBands bands = policy.chance();
        String alone = "no facts on file about this program's standing or whom it takes, so from your chance alone, ";
        if (p < bands.reachBelow()) {
            return assigned(
                    Tier.REACH,
                    "alone",
                    standing,
                    openness,
                    role,
                    () -> alone + "below " + Openness.percent(bands.reachBelow()));
        }
        if (p >= bands.highAtLeast()) {
            return assigned(
                    Tier.SAFETY,
                    "alone",
                    standing,
                    openness,
                    role,
                    () -> alone + Openness.percent(bands.highAtLeast()) + " or more");
        }
        return assigned(
                Tier.REALISTIC,
                "alone",
                standing,
                openness,
                role,
                () -> alone + "between " + Openness.percent(bands.reachBelow()) + " and "
                        + Openness.percent(bands.highAtLeast()));
    }

    /** A chance below the policy's floor makes a Reach whatever the program (e.g. a community program). */
    private TierAssignment veryLowChanceIsReach(ProgramStanding standing, Openness openness, TrackRole role) {
        return assigned(
                Tier.REACH,
                "very low chance",
                standing,
                openness,
                role,
                () -> "your chance here is below "
                        + Openness.percent(policy.chance().reachBelow()) + "; " + facts(standing, openness, role));
    }

    /**
     * A top-tier academic centre is a Reach, or Realistic where it has a record of taking applicants like this one
     * or the chance is high: never a Safety.
     */
    private TierAssignment topTierIsReachUnlessItTakesYouOrChanceIsHigh(
            ProgramStanding standing, Openness openness, TrackRole role, double p) {
        String high = Openness.percent(policy.chance().highAtLeast());
        if (openness.level() == Openness.Level.OPEN) {
            return assigned(
                    Tier.REALISTIC,
                    "top tier, takes you",
                    standing,
                    openness,
                    role,
                    () -> facts(standing, openness, role) + "; a top-tier centre that takes applicants like you");
        }
        if (p >= policy.chance().highAtLeast()) {
            return assigned(
                    Tier.REALISTIC,
                    "top tier, high chance",
                    standing,
                    openness,
                    role,
                    () -> facts(standing, openness, role) + "; your chance here is " + high + " or more");
        }
        return assigned(
                Tier.REACH,
                "top tier",
                standing,
                openness,
                role,
                () -> facts(standing, openness, role) + "; your chance here is below " + high);
    }

    /** A record of not taking applicants of this type (interview rate, US MD share) makes a Reach. */
    private TierAssignment notTakingApplicantsLikeYouIsReach(
            ProgramStanding standing, Openness openness, TrackRole role) {
        return assigned(Tier.REACH, "closed", standing, openness, role, () -> facts(standing, openness, role));
    }

    /** A record of taking applicants of this type makes a Safety where the chance is fair, else Realistic. */
    private TierAssignment takingApplicantsLikeYouIsSafetyWithAFairChance(
            ProgramStanding standing, Openness openness, TrackRole role, double p) {
        String fair = Openness.percent(policy.chance().safetyAtLeast());
        if (p < policy.chance().safetyAtLeast()) {
            return assigned(
                    Tier.REALISTIC,
                    "open, low chance",
                    standing,
                    openness,
                    role,
                    () -> facts(standing, openness, role) + "; your chance here is below the " + fair
                            + " a Safety needs");
        }
        return assigned(
                Tier.SAFETY,
                "open",
                standing,
                openness,
                role,
                () -> facts(standing, openness, role) + "; your chance here is " + fair + " or more");
    }

    /**
     * Whether a program that takes applicants like this one can be a Safety: a pathway at an institution that also
     * trains in the goal, or a program that is not an academic centre and no unlinked pathway.
     */
    private static boolean safetyKind(ProgramStanding standing, TrackRole role) {
        if (role == TrackRole.LINKED_PATHWAY) {
            return true;
        }
        return role != TrackRole.UNLINKED_PATHWAY
                && (standing.level() == ProgramStanding.Level.LESS_ACADEMIC
                        || standing.level() == ProgramStanding.Level.UNKNOWN);
    }

    private static String realisticBecause(Openness openness, TrackRole role) {
        if (openness.level() == Openness.Level.OPEN && role == TrackRole.UNLINKED_PATHWAY) {
            return "a pathway without a program of your goal field at its institution";
        }
        if (openness.level() == Openness.Level.OPEN) {
            return "an academic centre that takes applicants like you";
        }
        if (openness.level() == Openness.Level.UNKNOWN) {
            return "no record on file of whom it takes";
        }
        return "no clear record of taking or turning away applicants like you";
    }

    /**
     * The assignment of {@code tier} by {@code rule} to a program of this standing, openness and role, worded by
     * {@code reason} the first time and shared after: the reason names the chance's band, not its value, so it
     * depends on nothing else, and a recommendation words about 1,000 of them.
     */
    private TierAssignment assigned(
            Tier tier,
            String rule,
            ProgramStanding standing,
            Openness openness,
            TrackRole role,
            Supplier<String> reason) {
        if (worded.size() > MAX_WORDED) {
            worded.clear();
        }
        return worded.computeIfAbsent(
                new Worded(tier, rule, standing, openness, role),
                key -> new TierAssignment(tier, role.isPathway(), reason.get()));
    }

    /** The program's facts in words: standing, openness, and a linked pathway's link. */
    private static String facts(ProgramStanding standing, Openness openness, TrackRole role) {
        return standing.words() + "; " + openness.words()
                + (role == TrackRole.LINKED_PATHWAY ? "; its institution also trains in your goal field" : "");
    }
}
