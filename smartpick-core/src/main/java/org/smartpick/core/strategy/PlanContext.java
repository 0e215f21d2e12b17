package org.smartpick.core.strategy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.eligibility.SeasonDeadlines;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.reference.ReferenceData;

/**
 * Everything a plan rule reads: the profile, the model's result now, the what-ifs, the policy, today's date, the
 * reference tables (for specialty names) and the season's dates (empty when the plan is for no dated season).
 */
record PlanContext(
        Profile profile,
        ListOutcome now,
        List<WhatIf> whatIfs,
        StrategyPolicy policy,
        LocalDate asOf,
        ReferenceData reference,
        Optional<SeasonDeadlines> deadlines) {

    /** A context without the season's dates: no action is dated. */
    PlanContext(
            Profile profile,
            ListOutcome now,
            List<WhatIf> whatIfs,
            StrategyPolicy policy,
            LocalDate asOf,
            ReferenceData reference) {
        this(profile, now, whatIfs, policy, asOf, reference, Optional.empty());
    }

    Optional<WhatIf> whatIf(ProfileChange change) {
        return whatIfs.stream().filter(w -> w.id().equals(change.id())).findFirst();
    }

    /** "With X, the model's P(at least one match) would go from 31% to 44% (+13 points; 4 programs join the list)." */
    String whatIfSentence(ProfileChange change) {
        return whatIf(change).map(PlanContext::describe).orElse("");
    }

    static String describe(WhatIf w) {
        if (Math.abs(w.gain()) < 0.005 && w.added().isEmpty() && w.removed().isEmpty()) {
            return " With " + w.change() + ", the model's P(at least one match) would stay at "
                    + Phrases.percent(w.pAfter()) + ".";
        }
        String joined = w.added().isEmpty()
                ? ""
                : "; " + w.added().size() + (w.added().size() == 1 ? " program joins" : " programs join") + " the list";
        Phrases.Change shown = Phrases.change(w.pBefore(), w.pAfter());
        return " With " + w.change() + ", the model's P(at least one match) would go from " + shown.before() + " to "
                + shown.after() + " (" + shown.points() + joined + ").";
    }

    int yearsSinceGraduation() {
        return ProfileAssessor.yearsSinceGraduation(profile, asOf);
    }

    /** The name of the first goal specialty, else the specialty of the entered experience, else a generic phrase. */
    String goalName() {
        return namesOf(TargetRole.GOAL).stream()
                .findFirst()
                .orElse(
                        profile.specialtyExperience().specialty().isBlank()
                                ? "your goal specialty"
                                : profile.specialtyExperience().specialty());
    }

    List<String> namesOf(TargetRole role) {
        return profile.targets().stream()
                .filter(t -> t.role() == role)
                .map(t -> reference
                        .findSpecialty(t.specialtyCode())
                        .map(s -> s.name())
                        .orElse("specialty " + t.specialtyCode()))
                .distinct()
                .toList();
    }

    /**
     * Whether a goal is entered after or alongside a core residency (a fellowship-cycle specialty, or a combined one
     * such as Pediatrics/Medical Genetics), so that a core residency is a real first step towards it.
     */
    boolean goalFollowsCoreResidency() {
        return profile.targets().stream()
                .filter(t -> t.role() == TargetRole.GOAL)
                .map(t -> reference.findSpecialty(t.specialtyCode()))
                .flatMap(Optional::stream)
                .anyMatch(s -> s.cycle() != ApplicationCycle.RESIDENCY_SEPTEMBER
                        || s.name().contains("/"));
    }

    boolean hasGoals() {
        return profile.targets().stream().anyMatch(t -> t.role() == TargetRole.GOAL);
    }
}
