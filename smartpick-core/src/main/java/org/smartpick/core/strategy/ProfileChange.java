package org.smartpick.core.strategy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import org.smartpick.core.applicant.ClinicalExperience;
import org.smartpick.core.applicant.Letters;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Research;
import org.smartpick.core.applicant.Step3;
import org.smartpick.core.applicant.Usmle;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;

/**
 * The standard single changes to a profile that SmartPick explores: each says whether it applies to a profile and
 * returns the changed copy. Each can only help (a passed exam, more experience, research or letters, one more visa
 * accepted), so no program's chance may fall and no program may close; {@link WhatIfExplorer} relies on it. Pure, so
 * the web's what-if toggles can reuse them.
 */
public enum ProfileChange {
    STEP3_PASSED("step3-passed", "Step 3 passed before applying") {
        @Override
        public boolean appliesTo(Profile profile) {
            // US graduates take Step 3 during residency; before it, it matters for IMGs (H-1B, showing recovery).
            return profile.applicantType().isImg() && !profile.usmle().step3().passed();
        }

        @Override
        public Profile apply(Profile p) {
            Step3 old = p.usmle().step3();
            Step3 passed = new Step3(true, true, OptionalInt.empty(), old.attempts() + 1);
            Usmle usmle = new Usmle(p.usmle().step1(), p.usmle().step2ck(), passed);
            return copy(p, usmle, p.visa(), p.usClinicalExperience(), p.research(), p.letters());
        }
    },
    HANDS_ON_USCE_3_MONTHS("usce-plus-3-months", "3 more months of hands-on US clinical experience") {
        @Override
        public boolean appliesTo(Profile profile) {
            return profile.applicantType().isImg();
        }

        @Override
        public Profile apply(Profile p) {
            ClinicalExperience old = p.usClinicalExperience();
            ClinicalExperience more = new ClinicalExperience(old.handsOnMonths() + 3, old.observershipMonths());
            return copy(p, p.usmle(), p.visa(), more, p.research(), p.letters());
        }
    },
    ACCEPT_J1("accept-j1", "J-1 accepted as well as H-1B") {
        @Override
        public boolean appliesTo(Profile profile) {
            return profile.visa().needsSponsorship()
                    && !profile.visa().accepts().contains(VisaType.J1);
        }

        @Override
        public Profile apply(Profile p) {
            List<VisaType> accepts = new ArrayList<>(p.visa().accepts());
            accepts.add(VisaType.J1);
            accepts.sort(null);
            return copy(p, p.usmle(), new Visa(true, accepts), p.usClinicalExperience(), p.research(), p.letters());
        }
    },
    ONE_MORE_PUBLICATION("publication-plus-1", "one more publication in the goal specialty") {
        @Override
        public boolean appliesTo(Profile profile) {
            return true;
        }

        @Override
        public Profile apply(Profile p) {
            Research old = p.research();
            Research more = new Research(old.publications() + 1, old.abstracts(), old.posters(), old.inSpecialty() + 1);
            return copy(p, p.usmle(), p.visa(), p.usClinicalExperience(), more, p.letters());
        }
    },
    ONE_MORE_SPECIALTY_LETTER("specialty-letter-plus-1", "one more US letter from the goal specialty") {
        @Override
        public boolean appliesTo(Profile profile) {
            return true;
        }

        @Override
        public Profile apply(Profile p) {
            Letters old = p.letters();
            Letters more = new Letters(old.total() + 1, old.us() + 1, old.fromSpecialty() + 1);
            return copy(p, p.usmle(), p.visa(), p.usClinicalExperience(), p.research(), more);
        }
    };

    private final String id;
    private final String label;

    ProfileChange(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    /** A phrase that reads after "with", e.g. "Step 3 passed before applying". */
    public String label() {
        return label;
    }

    /** Whether the change makes sense for this profile (e.g. no "Step 3 passed" when it already is). */
    public abstract boolean appliesTo(Profile profile);

    /** The profile with this change made; everything else is kept. */
    public abstract Profile apply(Profile profile);

    /** The changes that apply to a profile, in declaration order. */
    public static List<ProfileChange> applicableTo(Profile profile) {
        return Arrays.stream(values()).filter(c -> c.appliesTo(profile)).toList();
    }

    private static Profile copy(
            Profile p, Usmle usmle, Visa visa, ClinicalExperience usce, Research research, Letters letters) {
        return new Profile(
                p.name(),
                p.applicantType(),
                p.citizenship(),
                visa,
                p.graduationYear(),
                p.ecfmgCertified(),
                usmle,
                usce,
                p.specialtyExperience(),
                research,
                letters,
                p.degrees(),
                p.cyclesApplied(),
                p.targets(),
                p.preferences(),
                p.budget());
    }
}
