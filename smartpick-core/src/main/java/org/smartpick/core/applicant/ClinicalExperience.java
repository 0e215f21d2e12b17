package org.smartpick.core.applicant;

/** US clinical experience in months: hands-on (externships, sub-internships) counts more than observerships. */
public record ClinicalExperience(int handsOnMonths, int observershipMonths) {
    public static ClinicalExperience none() {
        return new ClinicalExperience(0, 0);
    }
}
