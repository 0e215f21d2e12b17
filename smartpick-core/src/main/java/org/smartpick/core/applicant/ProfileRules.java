package org.smartpick.core.applicant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.Setting;

/**
 * The checks a profile must pass before any recommendation: every problem is reported with its field path, the
 * rule and the value, so the applicant can fix them all at once.
 */
public final class ProfileRules {
    /** US states, DC and the territories with ACGME programs, as two-letter postal codes. */
    public static final Set<String> STATE_CODES = Set.of("AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL",
            "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY", "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE",
            "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH", "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT",
            "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI");
    static final int MAX_TEXT = 200;
    static final int MAX_LIST = 60;

    private final Set<String> knownSpecialtyCodes;
    private final int currentYear;

    /**
     * @param knownSpecialtyCodes ACGME codes a target may name (those in the catalog)
     * @param currentYear the calendar year the profile is checked in (graduation years after next year are rejected)
     */
    public ProfileRules(Set<String> knownSpecialtyCodes, int currentYear) {
        this.knownSpecialtyCodes = Set.copyOf(knownSpecialtyCodes);
        this.currentYear = currentYear;
    }

    /** Every problem with the profile; empty when it can be used. */
    public List<Problem> check(Profile profile) {
        List<Problem> problems = new ArrayList<>();
        checkIdentity(profile, problems);
        checkVisa(profile, problems);
        checkUsmle(profile.usmle(), problems);
        checkExperience(profile, problems);
        checkTargets(profile.targets(), problems);
        checkPreferences(profile.preferences(), problems);
        checkBudget(profile.budget(), problems);
        return List.copyOf(problems);
    }

    private void checkIdentity(Profile profile, List<Problem> problems) {
        text("name", profile.name(), problems);
        text("citizenship", profile.citizenship(), problems);
        if (profile.applicantType() == null) {
            problems.add(new Problem("applicantType",
                    "applicantType is required: one of US_MD, US_DO, US_IMG (US-citizen IMG), NON_US_IMG"));
        }
        if (profile.graduationYear() < 1960 || profile.graduationYear() > currentYear + 2) {
            problems.add(new Problem("graduationYear", "graduationYear must be 1960.." + (currentYear + 2)
                    + " (the year you received or will receive your medical degree), was " + profile.graduationYear()));
        }
        range("cyclesApplied", profile.cyclesApplied(), 0, 20, problems);
        list("degrees", profile.degrees(), problems);
        for (int i = 0; i < profile.degrees().size(); i++) {
            text("degrees[" + i + "]", profile.degrees().get(i), problems);
        }
    }

    private static void checkVisa(Profile profile, List<Problem> problems) {
        Visa visa = profile.visa();
        if (visa.needsSponsorship() && visa.accepts().isEmpty()) {
            problems.add(new Problem("visa.accepts",
                    "visa.accepts must list at least one visa you would accept (J1, H1B) when you need sponsorship"));
        }
        if (new HashSet<>(visa.accepts()).size() != visa.accepts().size()) {
            problems.add(new Problem("visa.accepts", "visa.accepts lists the same visa twice: " + visa.accepts()));
        }
        if (profile.applicantType() != null && !profile.applicantType().isImg() && visa.needsSponsorship()) {
            problems.add(new Problem("visa.needsSponsorship", "a " + profile.applicantType()
                    + " applicant is a US graduate; set visa.needsSponsorship to false or choose NON_US_IMG"));
        }
    }

    private static void checkUsmle(Usmle usmle, List<Problem> problems) {
        score("usmle.step1.score", usmle.step1().score(), problems);
        range("usmle.step1.attempts", usmle.step1().attempts(), 0, 6, problems);
        if (usmle.step1().result() == ExamResult.NOT_TAKEN && usmle.step1().score().isPresent()) {
            problems.add(new Problem("usmle.step1.result", "usmle.step1 has a score but result NOT_TAKEN; set PASS or FAIL"));
        }
        score("usmle.step2ck.score", usmle.step2ck().score(), problems);
        range("usmle.step2ck.attempts", usmle.step2ck().attempts(), 0, 6, problems);
        Step3 step3 = usmle.step3();
        score("usmle.step3.score", step3.score(), problems);
        range("usmle.step3.attempts", step3.attempts(), 0, 6, problems);
        if (step3.passed() && !step3.taken()) {
            problems.add(new Problem("usmle.step3.passed", "usmle.step3.passed is true but taken is false; set taken to true"));
        }
    }

    private static void checkExperience(Profile profile, List<Problem> problems) {
        range("usClinicalExperience.handsOnMonths", profile.usClinicalExperience().handsOnMonths(), 0, 240, problems);
        range("usClinicalExperience.observershipMonths", profile.usClinicalExperience().observershipMonths(), 0, 240, problems);
        SpecialtyExperience experience = profile.specialtyExperience();
        text("specialtyExperience.specialty", experience.specialty(), problems);
        range("specialtyExperience.months", experience.months(), 0, 480, problems);
        list("specialtyExperience.kinds", experience.kinds(), problems);
        for (int i = 0; i < experience.kinds().size(); i++) {
            text("specialtyExperience.kinds[" + i + "]", experience.kinds().get(i), problems);
        }
        Research research = profile.research();
        range("research.publications", research.publications(), 0, 1000, problems);
        range("research.abstracts", research.abstracts(), 0, 1000, problems);
        range("research.posters", research.posters(), 0, 1000, problems);
        range("research.inSpecialty", research.inSpecialty(), 0, 3000, problems);
        if (research.inSpecialty() > research.totalItems()) {
            problems.add(new Problem("research.inSpecialty", "research.inSpecialty (" + research.inSpecialty()
                    + ") cannot exceed publications + abstracts + posters (" + research.totalItems() + ")"));
        }
        Letters letters = profile.letters();
        range("letters.total", letters.total(), 0, 50, problems);
        range("letters.us", letters.us(), 0, 50, problems);
        range("letters.fromSpecialty", letters.fromSpecialty(), 0, 50, problems);
        if (letters.us() > letters.total() || letters.fromSpecialty() > letters.total()) {
            problems.add(new Problem("letters.total", "letters.total (" + letters.total()
                    + ") must be at least letters.us and letters.fromSpecialty"));
        }
    }

    private void checkTargets(List<Target> targets, List<Problem> problems) {
        if (targets.isEmpty()) {
            problems.add(new Problem("targets", "targets must name at least one specialty (ACGME code such as 140 "
                    + "for Internal Medicine) with role GOAL or PATHWAY"));
        }
        list("targets", targets, problems);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            String field = "targets[" + i + "]";
            if (target == null || target.specialtyCode() == null || target.specialtyCode().isBlank()) {
                problems.add(new Problem(field + ".specialtyCode", "specialtyCode is required (a 3-digit ACGME code)"));
                continue;
            }
            if (!knownSpecialtyCodes.contains(target.specialtyCode())) {
                problems.add(new Problem(field + ".specialtyCode", "unknown specialty code '" + clip(target.specialtyCode())
                        + "': use a 3-digit ACGME code from the catalog (see /api/v1/specialties)"));
            }
            if (!seen.add(target.specialtyCode())) {
                problems.add(new Problem(field + ".specialtyCode", "specialty " + clip(target.specialtyCode()) + " is listed twice"));
            }
            target.weight().ifPresent(w -> {
                if (!(w > 0 && w <= 1)) {
                    problems.add(new Problem(field + ".weight", "weight must be in (0, 1], was " + w));
                }
            });
        }
    }

    private static void checkPreferences(Preferences preferences, List<Problem> problems) {
        list("preferences.states", preferences.states(), problems);
        list("preferences.settings", preferences.settings(), problems);
        for (int i = 0; i < preferences.states().size(); i++) {
            String state = preferences.states().get(i);
            if (state == null || !STATE_CODES.contains(state)) {
                problems.add(new Problem("preferences.states[" + i + "]",
                        "'" + clip(String.valueOf(state)) + "' is not a US state code; use two capital letters such as NY"));
            }
        }
        for (int i = 0; i < preferences.settings().size(); i++) {
            String setting = preferences.settings().get(i);
            if (setting == null || Setting.find(setting).isEmpty()) {
                problems.add(new Problem("preferences.settings[" + i + "]", "'" + clip(String.valueOf(setting))
                        + "' is not a program setting; use one of " + settingLabels()));
            }
        }
    }

    private static void checkBudget(Budget budget, List<Problem> problems) {
        budget.maxUsd().ifPresent(usd -> range("budget.maxUsd", usd, 0, 100_000, problems));
        budget.maxPrograms().ifPresent(n -> range("budget.maxPrograms", n, 1, 1_000, problems));
        for (Map.Entry<String, Integer> limit : budget.maxProgramsPerSpecialty().entrySet()) {
            String field = "budget.maxProgramsPerSpecialty." + clip(String.valueOf(limit.getKey()));
            if (limit.getValue() == null) {
                problems.add(new Problem(field, "a per-specialty limit must be a whole number of programs"));
            } else {
                range(field, limit.getValue(), 0, 1_000, problems);
            }
        }
    }

    private static void score(String field, OptionalInt score, List<Problem> problems) {
        score.ifPresent(value -> range(field, value, 1, 300, problems));
    }

    private static void range(String field, int value, int min, int max, List<Problem> problems) {
        if (value < min || value > max) {
            problems.add(new Problem(field, field + " must be " + min + ".." + max + ", was " + value));
        }
    }

    private static void text(String field, String value, List<Problem> problems) {
        if (value != null && value.length() > MAX_TEXT) {
            problems.add(new Problem(field, field + " must be at most " + MAX_TEXT + " characters, was " + value.length()));
        }
    }

    private static void list(String field, List<?> values, List<Problem> problems) {
        if (values.size() > MAX_LIST) {
            problems.add(new Problem(field, field + " may hold at most " + MAX_LIST + " entries, had " + values.size()));
        }
    }

    private static String clip(String text) {
        return Problem.clip(text);
    }

    private static String settingLabels() {
        List<String> labels = new ArrayList<>();
        for (Setting s : Setting.values()) {
            labels.add("'" + s.label() + "'");
        }
        return String.join(", ", labels);
    }
}
