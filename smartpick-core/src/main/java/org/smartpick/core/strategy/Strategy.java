package org.smartpick.core.strategy;

import java.util.List;

/** The advice for one applicant: assessment, prioritised plan, what-ifs and the checklist for the chosen list. */
public record Strategy(Assessment assessment, List<PlanAction> plan, List<WhatIf> whatIfs, List<VerifyItem> verify) {
    public Strategy {
        plan = List.copyOf(plan);
        whatIfs = List.copyOf(whatIfs);
        verify = List.copyOf(verify);
    }
}
