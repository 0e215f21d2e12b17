package org.smartpick.core.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Target;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.chance.ApplicantChances;
import org.smartpick.core.chance.ApplicantChances.ProgramFactors;
import org.smartpick.core.chance.ChanceEstimate;
import org.smartpick.core.eligibility.EligibilityRules;
import org.smartpick.core.eligibility.EligibilityVerdict;
import org.smartpick.core.pathways.InstitutionLink;
import org.smartpick.core.pathways.PathwayRole;
import org.smartpick.core.pathways.PathwayTrack;
import org.smartpick.core.pathways.Pathways;
import org.smartpick.core.program.Program;
import org.smartpick.core.tiers.TrackRole;

/**
 * Judges every program of the applicant's target specialties and, where it can be applied to, works out its program
 * factors and value; reuses the verdicts and factors of a list assessed alike instead of working them out again.
 */
final class ProgramAssessor {
    private final Pathways pathways;
    private final RecommendPolicy policy;

    ProgramAssessor(Pathways pathways, RecommendPolicy policy) {
        this.pathways = pathways;
        this.policy = policy;
    }

    /**
     * Every program of the target specialties judged and, where it can be applied to, given its program factors and
     * (when {@code estimated}, for a reported list) its chances. A verdict
     * of {@code sameVerdicts} (assessed under rules that give the same verdicts) is reused for the same program, and
     * so are the program factors of {@code sameFactors} (assessed with chances of the same program factors).
     */
    // Reuse is keyed on the same instance: an equal copy is recomputed, never wrongly reused.
    @SuppressWarnings("ReferenceEquality")
    List<AssessedProgram> assess(
            Profile profile,
            CatalogIndex catalogIndex,
            EligibilityRules.ApplicantRules rules,
            ApplicantChances chances,
            boolean estimated,
            List<AssessedProgram> sameVerdicts,
            List<AssessedProgram> sameFactors) {
        Optional<String> family = goalFamily(profile);
        boolean[] preferredStates = catalogIndex.preferredStates(chances);
        List<AssessedProgram> assessed = new ArrayList<>();
        EligibilityRules.ApplicantRules.Judge judge = rules.judge();
        for (Target target : profile.targets()) {
            double utility = target.weight()
                    .orElse(family.flatMap(f -> pathways.findTrack(f, target.specialtyCode()))
                            .flatMap(t -> t.defaultUtility().isPresent()
                                    ? Optional.of(t.defaultUtility().getAsDouble())
                                    : Optional.empty())
                            .orElse(policy.fallbackUtility(target.role())));
            for (IndexedProgram indexed : catalogIndex.programsOf(target.specialtyCode())) {
                Program program = indexed.program();
                Optional<InstitutionLink> link = target.role() == TargetRole.PATHWAY && family.isPresent()
                        ? indexed.link(family.get())
                        : Optional.empty();
                double value = Math.min(1.0, utility + (link.isPresent() ? policy.linkedPathwayBonus() : 0));
                int at = assessed.size();
                EligibilityVerdict verdict =
                        at < sameVerdicts.size() && sameVerdicts.get(at).program() == program
                                ? sameVerdicts.get(at).verdict()
                                : judge.verdict(program, indexed.ruleFactsKey());
                Optional<ProgramFactors> factors = verdict.canApply()
                        ? Optional.of(programFactors(chances, indexed, preferredStates, sameFactors, at))
                        : Optional.empty();
                Optional<ChanceEstimate> chance =
                        estimated ? factors.map(f -> chances.chances(program, f)) : Optional.empty();
                assessed.add(new AssessedProgram(
                        indexed, target, trackRole(target, family, link), value, link, verdict, factors, chance));
            }
        }
        return assessed;
    }

    /**
     * The factors {@code sameFactors} holds for the same program at the same place, else worked out anew with
     * {@code preferredStates} from {@link CatalogIndex#preferredStates}.
     */
    // Reuse is keyed on the same instance: an equal copy is recomputed, never wrongly reused.
    @SuppressWarnings("ReferenceEquality")
    private static ProgramFactors programFactors(
            ApplicantChances chances,
            IndexedProgram indexed,
            boolean[] preferredStates,
            List<AssessedProgram> sameFactors,
            int at) {
        if (at < sameFactors.size() && sameFactors.get(at).program() == indexed.program()) {
            Optional<ProgramFactors> reused = sameFactors.get(at).factors();
            if (reused.isPresent()) {
                return reused.get();
            }
        }
        return chances.programFactors(indexed.program(), indexed.inPreferredState(preferredStates), indexed.xs());
    }

    /**
     * A target's program on the way to the goal: a pathway is linked or unlinked to the goal when a pathway family
     * describes the goal, a plain pathway otherwise.
     */
    private static TrackRole trackRole(Target target, Optional<String> family, Optional<InstitutionLink> link) {
        if (target.role() != TargetRole.PATHWAY) {
            return TrackRole.GOAL;
        }
        if (family.isEmpty()) {
            return TrackRole.PATHWAY;
        }
        return link.isPresent() ? TrackRole.LINKED_PATHWAY : TrackRole.UNLINKED_PATHWAY;
    }

    /** The pathway family whose goal tracks include one of the applicant's GOAL targets, if any. */
    private Optional<String> goalFamily(Profile profile) {
        return profile.targets().stream()
                .filter(t -> t.role() == TargetRole.GOAL)
                .flatMap(t -> pathways.tracks().stream()
                        .filter(track -> track.role() == PathwayRole.GOAL
                                && track.specialtyCode().equals(t.specialtyCode())))
                .map(PathwayTrack::family)
                .sorted()
                .findFirst();
    }
}
