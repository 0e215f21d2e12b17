package org.smartpick.core.applicant;

import java.util.List;

/**
 * An applicant's profile as entered. Missing optional parts become empty values; required facts are checked by
 * {@link ProfileRules}, which reports every problem with its field path instead of failing on the first. A missing
 * applicant type is {@code null} and a missing graduation year 0, so the rules can say they are required.
 */
public record Profile(
        String name,
        ApplicantType applicantType,
        String citizenship,
        Visa visa,
        int graduationYear,
        boolean ecfmgCertified,
        Usmle usmle,
        ClinicalExperience usClinicalExperience,
        SpecialtyExperience specialtyExperience,
        Research research,
        Letters letters,
        List<String> degrees,
        int cyclesApplied,
        List<Target> targets,
        Preferences preferences,
        Budget budget) {

    public Profile {
        name = name == null ? "" : name;
        citizenship = citizenship == null ? "" : citizenship;
        visa = visa == null ? Visa.none() : visa;
        usmle = usmle == null ? Usmle.none() : usmle;
        usClinicalExperience = usClinicalExperience == null ? ClinicalExperience.none() : usClinicalExperience;
        specialtyExperience = specialtyExperience == null ? SpecialtyExperience.none() : specialtyExperience;
        research = research == null ? Research.none() : research;
        letters = letters == null ? Letters.none() : letters;
        degrees = degrees == null ? List.of() : List.copyOf(degrees);
        targets = targets == null ? List.of() : List.copyOf(targets);
        preferences = preferences == null ? Preferences.none() : preferences;
        budget = budget == null ? Budget.none() : budget;
    }
}
