package org.smartpick.core.recommend;

import java.util.List;

/** A program in the applicant's target specialties that they cannot apply to, with the rules that decided it. */
public record ExcludedProgram(
        String id, String name, String specialtyCode, String city, String state, List<Reason> reasons) {
    public ExcludedProgram {
        reasons = List.copyOf(reasons);
    }
}
