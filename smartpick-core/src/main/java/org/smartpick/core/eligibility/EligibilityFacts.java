package org.smartpick.core.eligibility;

import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Usmle;
import org.smartpick.core.applicant.Visa;

/**
 * The profile facts the hard rules read, and nothing else: the rules take these instead of the profile, so two
 * profiles with equal facts get equal verdicts at every program in a season (what-ifs that change other facts
 * reuse the verdicts).
 */
public record EligibilityFacts(
        ApplicantType applicantType, Visa visa, int graduationYear, boolean ecfmgCertified, Usmle usmle) {
    public static EligibilityFacts of(Profile profile) {
        return new EligibilityFacts(
                profile.applicantType(),
                profile.visa(),
                profile.graduationYear(),
                profile.ecfmgCertified(),
                profile.usmle());
    }
}
