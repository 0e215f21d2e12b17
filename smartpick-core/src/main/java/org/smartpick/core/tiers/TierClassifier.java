package org.smartpick.core.tiers;

import java.util.concurrent.atomic.AtomicReferenceArray;
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

    /** The rule that decided a tier; each gives one tier and one wording per program and role. */
    private enum Rule {
        ALONE_REACH(Tier.REACH),
        ALONE_SAFETY(Tier.SAFETY),
        ALONE_REALISTIC(Tier.REALISTIC),
        VERY_LOW_CHANCE(Tier.REACH),
        TOP_TIER_TAKES_YOU(Tier.REALISTIC),
        TOP_TIER_HIGH_CHANCE(Tier.REALISTIC),
        TOP_TIER(Tier.REACH),
        CLOSED(Tier.REACH),
        OPEN_LOW_CHANCE(Tier.REALISTIC),
        OPEN(Tier.SAFETY),
        OTHERWISE(Tier.REALISTIC);

        private final Tier tier;

        Rule(Tier tier) {
            this.tier = tier;
        }
    }

    /**
     * One program's facts as the classifier reads them for one applicant type, with the assignments worded so far:
     * a reason names the chance's band, not its value, so each (rule, role) is worded once per program and shared by
     * every recommendation after (a recommendation words about 1,000 of them).
     */
    public static final class ProgramFacts {
        private final ProgramStanding standing;
        private final Openness openness;
        /** By role and rule; filled on first use. Two threads may word the same slot, which is harmless. */
        private final AtomicReferenceArray<TierAssignment> worded =
                new AtomicReferenceArray<>(TrackRole.values().length * Rule.values().length);

        private ProgramFacts(ProgramStanding standing, Openness openness) {
            this.standing = standing;
            this.openness = openness;
        }

        public ProgramStanding standing() {
            return standing;
        }

        public Openness openness() {
            return openness;
        }
    }

    TierClassifier(TierPolicy policy) {
        this.policy = policy;
    }

    /** The program's standing, which does not depend on the applicant: work it out once per catalog. */
    public ProgramStanding standingOf(Program program) {
        return ProgramStanding.of(program, policy.standing());
    }

    /**
     * What the classifier reads of a program of {@code standing} for applicants of {@code type}: work it out once per
     * catalog and applicant type.
     */
    public ProgramFacts factsOf(Program program, ProgramStanding standing, ApplicantType type) {
        return new ProgramFacts(standing, Openness.of(program, type, policy.openness()));
    }

    /** The tier of a program with these facts and role where the applicant's chance of matching is {@code p}. */
    public TierAssignment classify(ProgramFacts facts, TrackRole role, double p) {
        Rule rule = rule(facts.standing, facts.openness, role, p);
        int slot = role.ordinal() * Rule.values().length + rule.ordinal();
        TierAssignment assignment = facts.worded.get(slot);
        if (assignment == null) {
            assignment =
                    new TierAssignment(rule.tier, role.isPathway(), reason(rule, facts.standing, facts.openness, role));
            facts.worded.set(slot, assignment);
        }
        return assignment;
    }

    /** The first rule, in the order of the class comment, that applies. */
    private Rule rule(ProgramStanding standing, Openness openness, TrackRole role, double p) {
        TierPolicy.ChanceBands bands = policy.chance();
        if (standing.level() == ProgramStanding.Level.UNKNOWN && openness.level() == Openness.Level.UNKNOWN) {
            if (p < bands.reachBelow()) {
                return Rule.ALONE_REACH;
            }
            return p >= bands.highAtLeast() ? Rule.ALONE_SAFETY : Rule.ALONE_REALISTIC;
        }
        if (p < bands.reachBelow()) {
            return Rule.VERY_LOW_CHANCE;
        }
        if (standing.level() == ProgramStanding.Level.TOP_TIER) {
            if (openness.level() == Openness.Level.OPEN) {
                return Rule.TOP_TIER_TAKES_YOU;
            }
            return p >= bands.highAtLeast() ? Rule.TOP_TIER_HIGH_CHANCE : Rule.TOP_TIER;
        }
        if (openness.level() == Openness.Level.CLOSED) {
            return Rule.CLOSED;
        }
        if (openness.level() == Openness.Level.OPEN && safetyKind(standing, role)) {
            return p < bands.safetyAtLeast() ? Rule.OPEN_LOW_CHANCE : Rule.OPEN;
        }
        return Rule.OTHERWISE;
    }

    /** Why {@code rule} gave its tier, in words from the program's facts and the policy's bands. */
    private String reason(Rule rule, ProgramStanding standing, Openness openness, TrackRole role) {
        TierPolicy.ChanceBands bands = policy.chance();
        String alone = "no facts on file about this program's standing or whom it takes, so from your chance alone, ";
        String high = Openness.percent(bands.highAtLeast());
        String fair = Openness.percent(bands.safetyAtLeast());
        String facts = facts(standing, openness, role);
        return switch (rule) {
            case ALONE_REACH -> alone + "below " + Openness.percent(bands.reachBelow());
            case ALONE_SAFETY -> alone + high + " or more";
            case ALONE_REALISTIC -> alone + "between " + Openness.percent(bands.reachBelow()) + " and " + high;
            case VERY_LOW_CHANCE -> "your chance here is below " + Openness.percent(bands.reachBelow()) + "; " + facts;
            case TOP_TIER_TAKES_YOU -> facts + "; a top-tier centre that takes applicants like you";
            case TOP_TIER_HIGH_CHANCE -> facts + "; your chance here is " + high + " or more";
            case TOP_TIER -> facts + "; your chance here is below " + high;
            case CLOSED -> facts;
            case OPEN_LOW_CHANCE -> facts + "; your chance here is below the " + fair + " a Safety needs";
            case OPEN -> facts + "; your chance here is " + fair + " or more";
            case OTHERWISE -> facts + "; " + realisticBecause(openness, role);
        };
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

    /** The program's facts in words: standing, openness, and a linked pathway's link. */
    private static String facts(ProgramStanding standing, Openness openness, TrackRole role) {
        return standing.words() + "; " + openness.words()
                + (role == TrackRole.LINKED_PATHWAY ? "; its institution also trains in your goal field" : "");
    }
}
