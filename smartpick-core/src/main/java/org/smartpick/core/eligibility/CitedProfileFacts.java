package org.smartpick.core.eligibility;

import java.util.List;
import java.util.function.Supplier;
import org.smartpick.core.applicant.Usmle;
import org.smartpick.core.applicant.VisaType;

/**
 * The profile facts each rule cites, worded when read: they depend on the applicant alone, so one applicant's
 * outcomes at every program share them.
 */
record CitedProfileFacts(
        Supplier<String> visa,
        Supplier<String> h1b,
        Supplier<String> citizenship,
        Supplier<String> years,
        Supplier<String> attempts,
        Supplier<String> step2) {
    static CitedProfileFacts of(EligibilityFacts profile, int failed, int seasonYear) {
        List<VisaType> accepted = EligibilityRules.acceptedVisas(profile.visa());
        boolean needsVisa = profile.visa().needsSponsorship();
        boolean passed = profile.usmle().step3().passed();
        int years = seasonYear - profile.graduationYear();
        Usmle u = profile.usmle();
        int mostSittings = ProgramLimitRules.mostSittings(u);
        var score = u.step2ck().score();
        return new CitedProfileFacts(
                needsVisa ? () -> "needs sponsorship, accepts " + accepted : () -> "needs sponsorship: no",
                () -> "accepts " + profile.visa().accepts() + ", Step 3 " + (passed ? "passed" : "not passed"),
                () -> "needs visa sponsorship: " + (needsVisa ? "yes" : "no"),
                () -> "graduated " + profile.graduationYear() + ", " + years + " years before " + seasonYear,
                () -> failed + " failed USMLE attempts, at most " + mostSittings + " sittings of one step",
                () -> score.isPresent() ? "Step 2 CK " + score.getAsInt() : "Step 2 CK not taken");
    }
}
