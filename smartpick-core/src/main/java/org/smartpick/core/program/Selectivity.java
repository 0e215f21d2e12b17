package org.smartpick.core.program;

import java.util.Objects;

/**
 * What tells how selective and how academic a program is: applications it received, the share of applicants it
 * interviewed, its residents' average Step 1 band (the source's label, e.g. "226-235"), the share of graduates who
 * took academic posts, matched applicants' average publications, and its sponsor's research intensity.
 */
public record Selectivity(
        Fact<Integer> applicationsReceived,
        Fact<Double> pctApplicantsInterviewed,
        Fact<String> residentsStep1Range,
        Fact<Double> pctGradsAcademic,
        Fact<Double> matchedAvgPublications,
        Fact<ResearchIntensity> researchIntensity) {
    public Selectivity {
        Objects.requireNonNull(applicationsReceived, "applicationsReceived");
        Objects.requireNonNull(pctApplicantsInterviewed, "pctApplicantsInterviewed");
        Objects.requireNonNull(residentsStep1Range, "residentsStep1Range");
        Objects.requireNonNull(pctGradsAcademic, "pctGradsAcademic");
        Objects.requireNonNull(matchedAvgPublications, "matchedAvgPublications");
        Objects.requireNonNull(researchIntensity, "researchIntensity");
    }

    public static Selectivity unknown() {
        return new Selectivity(
                Fact.unknown(), Fact.unknown(), Fact.unknown(), Fact.unknown(), Fact.unknown(), Fact.unknown());
    }
}
