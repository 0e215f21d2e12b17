package org.smartpick.core.tiers;

import java.util.Locale;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.common.Decimals;
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

    TierClassifier(TierPolicy policy) {
        this.policy = policy;
        for (Tier tier : Tier.values()) {
            labels[tier.ordinal()] = tier.name().charAt(0) + tier.name().substring(1).toLowerCase(Locale.ROOT);
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
            return byChanceAlone(role, p);
        }
        if (p < policy.chance().reachBelow()) {
            return veryLowChanceIsReach(standing, openness, role, p);
        }
        if (standing.level() == ProgramStanding.Level.TOP_TIER) {
            return topTierIsReachUnlessItTakesYouOrChanceIsHigh(standing, openness, role, p);
        }
        if (openness.level() == Openness.Level.CLOSED) {
            return notTakingApplicantsLikeYouIsReach(standing, openness, role, p);
        }
        if (openness.level() == Openness.Level.OPEN && safetyKind(standing, role)) {
            return takingApplicantsLikeYouIsSafetyWithAFairChance(standing, openness, role, p);
        }
        return assign(Tier.REALISTIC, role, facts(standing, openness, role).append("; ")
                .append(realisticBecause(standing, openness, role)), p);
    }

    /** The tier's name as shown to the applicant: "Reach", "Realistic", "Safety". */
    public String label(Tier tier) {
        return labels[tier.ordinal()];
    }

    /** No standing or openness fact on file: the chance alone decides, and the reason says so. */
    private TierAssignment byChanceAlone(TrackRole role, double p) {
        TierPolicy.ChanceBands bands = policy.chance();
        StringBuilder reason = new StringBuilder(160).append("no facts on file about this program's standing or whom it ")
                .append("takes, so from your chance alone: ");
        chance(reason, p);
        if (p < bands.reachBelow()) {
            return new TierAssignment(Tier.REACH, role.isPathway(), reason.append(" is below ")
                    .append(Openness.percent(bands.reachBelow())).toString());
        }
        if (p >= bands.highAtLeast()) {
            return new TierAssignment(Tier.SAFETY, role.isPathway(), reason.append(" is ")
                    .append(Openness.percent(bands.highAtLeast())).append(" or more").toString());
        }
        return new TierAssignment(Tier.REALISTIC, role.isPathway(), reason.append(" is between ")
                .append(Openness.percent(bands.reachBelow())).append(" and ").append(Openness.percent(bands.highAtLeast()))
                .toString());
    }

    /** A chance below the policy's floor makes a Reach whatever the program (e.g. a community program). */
    private TierAssignment veryLowChanceIsReach(ProgramStanding standing, Openness openness, TrackRole role, double p) {
        StringBuilder reason = chance(new StringBuilder(200).append("your chance here, "), p).append(", is below ")
                .append(Openness.percent(policy.chance().reachBelow())).append("; ");
        return new TierAssignment(Tier.REACH, role.isPathway(), reason.append(facts(standing, openness, role)).toString());
    }

    /**
     * A top-tier academic centre is a Reach, or Realistic where it has a record of taking applicants like this one
     * or the chance is high: never a Safety.
     */
    private TierAssignment topTierIsReachUnlessItTakesYouOrChanceIsHigh(ProgramStanding standing, Openness openness,
                                                                       TrackRole role, double p) {
        StringBuilder reason = facts(standing, openness, role);
        if (openness.level() == Openness.Level.OPEN) {
            return assign(Tier.REALISTIC, role, reason.append("; a top-tier centre that takes applicants like you"), p);
        }
        if (p >= policy.chance().highAtLeast()) {
            chance(reason.append("; your chance here, "), p).append(", is ")
                    .append(Openness.percent(policy.chance().highAtLeast())).append(" or more");
            return new TierAssignment(Tier.REALISTIC, role.isPathway(), reason.toString());
        }
        return assign(Tier.REACH, role, reason, p);
    }

    /** A record of not taking applicants of this type (interview rate, US MD share) makes a Reach. */
    private TierAssignment notTakingApplicantsLikeYouIsReach(ProgramStanding standing, Openness openness, TrackRole role,
                                                             double p) {
        return assign(Tier.REACH, role, facts(standing, openness, role), p);
    }

    /** A record of taking applicants of this type makes a Safety where the chance is fair, else Realistic. */
    private TierAssignment takingApplicantsLikeYouIsSafetyWithAFairChance(ProgramStanding standing, Openness openness,
                                                                         TrackRole role, double p) {
        StringBuilder reason = facts(standing, openness, role);
        if (p < policy.chance().safetyAtLeast()) {
            chance(reason.append("; your chance here, "), p).append(", is below the ")
                    .append(Openness.percent(policy.chance().safetyAtLeast())).append(" a Safety needs");
            return new TierAssignment(Tier.REALISTIC, role.isPathway(), reason.toString());
        }
        return assign(Tier.SAFETY, role, reason, p);
    }

    /**
     * Whether a program that takes applicants like this one can be a Safety: a pathway at an institution that also
     * trains in the goal, or a program that is not an academic centre and no unlinked pathway.
     */
    private static boolean safetyKind(ProgramStanding standing, TrackRole role) {
        if (role == TrackRole.LINKED_PATHWAY) {
            return true;
        }
        return role != TrackRole.UNLINKED_PATHWAY && (standing.level() == ProgramStanding.Level.LESS_ACADEMIC
                || standing.level() == ProgramStanding.Level.UNKNOWN);
    }

    private static String realisticBecause(ProgramStanding standing, Openness openness, TrackRole role) {
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

    private static TierAssignment assign(Tier tier, TrackRole role, StringBuilder reason, double p) {
        return new TierAssignment(tier, role.isPathway(), chance(reason.append("; your chance here "), p).toString());
    }

    /** The program's facts in words: standing, openness, and a linked pathway's link. */
    private static StringBuilder facts(ProgramStanding standing, Openness openness, TrackRole role) {
        StringBuilder out = new StringBuilder(240).append(standing.words()).append("; ").append(openness.words());
        if (role == TrackRole.LINKED_PATHWAY) {
            out.append("; its institution also trains in your goal field");
        }
        return out;
    }

    private static StringBuilder chance(StringBuilder out, double p) {
        return Decimals.appendFixed(out, 100 * p, 1).append('%');
    }
}
