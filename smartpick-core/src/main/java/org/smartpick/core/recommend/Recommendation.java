package org.smartpick.core.recommend;

import java.util.List;
import org.smartpick.core.optimize.CurvePoint;
import org.smartpick.core.strategy.Assessment;
import org.smartpick.core.strategy.PlanAction;
import org.smartpick.core.strategy.VerifyItem;
import org.smartpick.core.strategy.WhatIf;

/**
 * A whole recommendation for one applicant: the list in brief, every eligible program in the target specialties
 * (selected ones first) with chances, tier and reasons, the excluded programs with the rules that excluded them, the
 * diminishing-returns curve, the assessment, the plan, the what-ifs, the facts to verify for the chosen list, the
 * model and data versions used, and notes on what was assumed.
 */
public record Recommendation(
        String profileName,
        int season,
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
        programs = List.copyOf(programs);
        excluded = List.copyOf(excluded);
        curve = List.copyOf(curve);
        plan = List.copyOf(plan);
        whatIfs = List.copyOf(whatIfs);
        verifyChecklist = List.copyOf(verifyChecklist);
        notes = List.copyOf(notes);
    }

    /** The programs the optimizer chose, in list order. */
    public List<ProgramResult> selectedPrograms() {
        return programs.stream().filter(ProgramResult::selected).toList();
    }
}
