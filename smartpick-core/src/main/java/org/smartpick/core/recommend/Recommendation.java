package org.smartpick.core.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.smartpick.core.optimize.CurvePoint;
import org.smartpick.core.strategy.Assessment;
import org.smartpick.core.strategy.PlanAction;
import org.smartpick.core.strategy.VerifyItem;
import org.smartpick.core.strategy.WhatIf;

/**
 * A whole recommendation for one applicant: the season it is for and what it carries over from earlier ones, the
 * list in brief, every eligible program in the target specialties
 * (selected ones first) with chances, tier and reasons, the excluded programs with the rules that excluded them, the
 * diminishing-returns curve, the assessment, the plan, the what-ifs, the facts to verify for the chosen list, the
 * model and data versions used, and notes on what was assumed.
 */
public record Recommendation(
        String profileName,
        Season season,
        Summary summary,
        List<ProgramResult> programs,
        List<ExcludedProgram> excluded,
        List<CurvePoint> curve,
        Assessment assessment,
        List<PlanAction> plan,
        List<WhatIf> whatIfs,
        List<VerifyItem> verifyChecklist,
        ModelInfo model,
        List<String> notes) {
    public Recommendation {
        Objects.requireNonNull(season, "season");
        programs = List.copyOf(programs);
        excluded = List.copyOf(excluded);
        curve = List.copyOf(curve);
        plan = List.copyOf(plan);
        whatIfs = List.copyOf(whatIfs);
        verifyChecklist = List.copyOf(verifyChecklist);
        notes = List.copyOf(notes);
    }

    /**
     * The same recommendation with only the chosen programs listed (for answers that need the list, not every
     * eligible alternative); a note says how many eligible programs were left out.
     */
    public Recommendation chosenOnly() {
        List<ProgramResult> chosen = selectedPrograms();
        int leftOut = programs.size() - chosen.size();
        List<String> withNote = new ArrayList<>(notes);
        withNote.add("Only the " + chosen.size() + " chosen programs are listed; " + leftOut + " other eligible "
                + (leftOut == 1 ? "program was" : "programs were")
                + " left out of this answer (ask for programs=eligible to see them).");
        return new Recommendation(
                profileName,
                season,
                summary,
                chosen,
                excluded,
                curve,
                assessment,
                plan,
                whatIfs,
                verifyChecklist,
                model,
                withNote);
    }

    /** The programs the optimizer chose, in list order. */
    public List<ProgramResult> selectedPrograms() {
        return programs.stream().filter(ProgramResult::selected).toList();
    }
}
