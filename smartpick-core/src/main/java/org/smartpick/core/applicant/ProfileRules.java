package org.smartpick.core.applicant;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.Setting;

/**
 * The checks a profile must pass before any recommendation: every problem is reported with its field path and a
 * message in plain words (the field's label, the rule and what was entered), so the applicant can fix them all at once.
 */
public final class ProfileRules {
    /** US states, DC and the territories with ACGME programs, as two-letter postal codes. */
    public static final Set<String> STATE_CODES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
            "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY", "PR", "GU", "VI");

    static final int MAX_TEXT = ProfileLimits.MAX_TEXT_LENGTH;
    static final int MAX_LIST = ProfileLimits.MAX_LIST_ENTRIES;

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
        return check(profile, Set.of());
    }

    /**
     * Every problem with the profile except those about fields a reader could not read: their values are placeholders
     * and the reader has already reported them, so a rule about them (or one comparing them with another field) would
     * only repeat or mislead. {@code unread} holds field paths; a list element's path ({@code targets[1]}) stands for
     * the whole list, whose later elements have moved up.
     */
    public List<Problem> check(Profile profile, Set<String> unread) {
        Findings found = new Findings(unread);
        checkIdentity(profile, found);
        checkVisa(profile, found);
        checkUsmle(profile.usmle(), found);
        checkExperience(profile, found);
        checkTargets(profile.targets(), found);
        checkPreferences(profile.preferences(), found);
        checkBudget(profile.budget(), found);
        return found.problems();
    }

    private void checkIdentity(Profile profile, Findings found) {
        text("name", profile.name(), found);
        text("citizenship", profile.citizenship(), found);
        if (profile.applicantType() == null && found.readable("applicantType")) {
            found.add(
                    "applicantType",
                    "Applicant type is required: choose which kind of applicant you are "
                            + "(in a profile file: US_MD, US_DO, US_IMG or NON_US_IMG)");
        }
        graduationYear(profile.graduationYear(), found);
        range("cyclesApplied", profile.cyclesApplied(), found);
        list("degrees", profile.degrees(), found);
        for (int i = 0; i < profile.degrees().size(); i++) {
            text("degrees[" + i + "]", profile.degrees().get(i), found);
        }
    }

    /** The year of the medical degree: given (0 means not given), from 1960 to two years ahead. */
    private void graduationYear(int year, Findings found) {
        if (!found.readable("graduationYear")) {
            return;
        }
        if (year == 0) {
            found.add(
                    "graduationYear",
                    "Medical school graduation year is required: the year you received or will "
                            + "receive your medical degree");
        } else if (!ProfileLimits.graduationYear(currentYear).contains(year)) {
            found.add(
                    "graduationYear",
                    "Medical school graduation year must be between " + ProfileLimits.EARLIEST_GRADUATION_YEAR
                            + " and "
                            + ProfileLimits.graduationYear(currentYear).max()
                            + " (the year you received or will receive your medical degree); you entered " + year);
        }
    }

    private static void checkVisa(Profile profile, Findings found) {
        Visa visa = profile.visa();
        if (visa.needsSponsorship()
                && visa.accepts().isEmpty()
                && found.readable("visa.accepts", "visa.needsSponsorship")) {
            found.add(
                    "visa.accepts",
                    "Visas you accept: choose at least one (J-1 or H-1B) when you need visa sponsorship");
        }
        if (new HashSet<>(visa.accepts()).size() != visa.accepts().size() && found.readable("visa.accepts")) {
            found.add("visa.accepts", "Visas you accept lists the same visa twice: " + visa.accepts());
        }
        if (profile.applicantType() != null
                && !profile.applicantType().isImg()
                && visa.needsSponsorship()
                && found.readable("visa.needsSponsorship", "applicantType")) {
            found.add(
                    "visa.needsSponsorship",
                    "A " + (profile.applicantType() == ApplicantType.US_MD ? "US MD" : "US DO")
                            + " graduate needs no visa sponsorship: say you do not need sponsorship, or choose the applicant "
                            + "type that fits you (international graduate)");
        }
    }

    private static void checkUsmle(Usmle usmle, Findings found) {
        score("usmle.step1.score", usmle.step1().score(), found);
        range("usmle.step1.attempts", usmle.step1().attempts(), found);
        if (usmle.step1().result() == ExamResult.NOT_TAKEN
                && usmle.step1().score().isPresent()
                && found.readable("usmle.step1.result", "usmle.step1.score")) {
            found.add(
                    "usmle.step1.result",
                    "Step 1 result says not taken, but a Step 1 score is given: set the result "
                            + "to passed or failed, or leave the score empty");
        }
        score("usmle.step2ck.score", usmle.step2ck().score(), found);
        range("usmle.step2ck.attempts", usmle.step2ck().attempts(), found);
        Step3 step3 = usmle.step3();
        score("usmle.step3.score", step3.score(), found);
        range("usmle.step3.attempts", step3.attempts(), found);
        if (step3.passed() && !step3.taken() && found.readable("usmle.step3.passed", "usmle.step3.taken")) {
            found.add("usmle.step3.passed", "Step 3 passed is set but Step 3 taken is not: mark Step 3 as taken too");
        }
    }

    private static void checkExperience(Profile profile, Findings found) {
        range(
                "usClinicalExperience.handsOnMonths",
                profile.usClinicalExperience().handsOnMonths(),
                found);
        range(
                "usClinicalExperience.observershipMonths",
                profile.usClinicalExperience().observershipMonths(),
                found);
        SpecialtyExperience experience = profile.specialtyExperience();
        text("specialtyExperience.specialty", experience.specialty(), found);
        range("specialtyExperience.months", experience.months(), found);
        list("specialtyExperience.kinds", experience.kinds(), found);
        for (int i = 0; i < experience.kinds().size(); i++) {
            text("specialtyExperience.kinds[" + i + "]", experience.kinds().get(i), found);
        }
        Research research = profile.research();
        range("research.publications", research.publications(), found);
        range("research.abstracts", research.abstracts(), found);
        range("research.posters", research.posters(), found);
        range("research.inSpecialty", research.inSpecialty(), found);
        if (research.inSpecialty() > research.totalItems()
                && found.readable(
                        "research.inSpecialty", "research.publications", "research.abstracts", "research.posters")) {
            found.add(
                    "research.inSpecialty",
                    "Research in your goal specialty (" + research.inSpecialty()
                            + ") cannot be more than your publications, abstracts and posters together ("
                            + research.totalItems() + ")");
        }
        Letters letters = profile.letters();
        range("letters.total", letters.total(), found);
        range("letters.us", letters.us(), found);
        range("letters.fromSpecialty", letters.fromSpecialty(), found);
        if ((letters.us() > letters.total() || letters.fromSpecialty() > letters.total())
                && found.readable("letters.total", "letters.us", "letters.fromSpecialty")) {
            found.add(
                    "letters.total",
                    "Letters of recommendation (" + letters.total() + ") must count every letter: "
                            + "at least the letters from US physicians (" + letters.us()
                            + ") and from your goal specialty ("
                            + letters.fromSpecialty() + ")");
        }
    }

    private void checkTargets(List<Target> targets, Findings found) {
        if (targets.isEmpty() && found.readable("targets")) {
            found.add(
                    "targets",
                    "Target specialties: choose at least one specialty to apply in (in a profile file: "
                            + "an ACGME code such as 140 for Internal Medicine, with role GOAL or PATHWAY)");
        }
        list("targets", targets, found);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            String field = "targets[" + i + "]";
            String code = field + ".specialtyCode";
            if (!found.readable(code)) {
                continue;
            }
            if (target == null
                    || target.specialtyCode() == null
                    || target.specialtyCode().isBlank()) {
                found.add(
                        code,
                        FieldLabels.of(code)
                                + " is required: choose a specialty (in a profile file, a 3-digit ACGME code)");
                continue;
            }
            if (!knownSpecialtyCodes.contains(target.specialtyCode())) {
                found.add(
                        code,
                        FieldLabels.of(code) + ": '" + clip(target.specialtyCode()) + "' is not a specialty "
                                + "SmartPick knows; use a 3-digit ACGME code from the catalog (see /api/v1/specialties)");
            }
            if (!seen.add(target.specialtyCode())) {
                found.add(
                        code, FieldLabels.of(code) + ": " + clip(target.specialtyCode()) + " is already listed above");
            }
            String weight = field + ".weight";
            target.weight().ifPresent(w -> {
                if (!(w > 0 && w <= ProfileLimits.MAX_TARGET_WEIGHT) && found.readable(weight)) {
                    found.add(weight, FieldLabels.of(weight) + " must be more than 0 and at most 1; you entered " + w);
                }
            });
        }
    }

    private static void checkPreferences(Preferences preferences, Findings found) {
        list("preferences.states", preferences.states(), found);
        list("preferences.settings", preferences.settings(), found);
        if (found.readable("preferences.states")) {
            for (int i = 0; i < preferences.states().size(); i++) {
                String state = preferences.states().get(i);
                if (state == null || !STATE_CODES.contains(state)) {
                    found.add(
                            "preferences.states[" + i + "]",
                            "Preferred states: '" + clip(String.valueOf(state))
                                    + "' is not a US state code; use two capital letters such as NY");
                }
            }
        }
        if (found.readable("preferences.settings")) {
            for (int i = 0; i < preferences.settings().size(); i++) {
                String setting = preferences.settings().get(i);
                if (setting == null || Setting.find(setting).isEmpty()) {
                    found.add(
                            "preferences.settings[" + i + "]",
                            "Preferred settings: '" + clip(String.valueOf(setting))
                                    + "' is not a program setting; use one of " + settingLabels());
                }
            }
        }
    }

    private static void checkBudget(Budget budget, Findings found) {
        budget.maxUsd().ifPresent(usd -> range("budget.maxUsd", usd, found));
        budget.maxPrograms().ifPresent(n -> range("budget.maxPrograms", n, found));
        for (Map.Entry<String, Integer> limit : budget.maxProgramsPerSpecialty().entrySet()) {
            String field = "budget.maxProgramsPerSpecialty." + clip(String.valueOf(limit.getKey()));
            if (limit.getValue() == null) {
                found.add(field, FieldLabels.of(field) + " must be a whole number of programs");
            } else {
                range(field, limit.getValue(), ProfileLimits.PROGRAMS_PER_SPECIALTY, found);
            }
        }
    }

    /** A USMLE score, when given, is on the 1..300 scale; 0 is not a score but an exam not taken (left empty). */
    private static void score(String field, OptionalInt score, Findings found) {
        score.ifPresent(value -> {
            ProfileLimits.Range scale = ProfileLimits.require(field);
            if (!scale.contains(value) && found.readable(field)) {
                found.add(
                        field,
                        FieldLabels.of(field) + " must be between " + scale.min() + " and " + scale.max()
                                + "; you entered " + value
                                + (value == 0 ? " (leave it empty if you have not taken the exam)" : ""));
            }
        });
    }

    /** A whole number within the range {@link ProfileLimits} gives the field. */
    private static void range(String field, int value, Findings found) {
        range(field, value, ProfileLimits.require(field), found);
    }

    private static void range(String field, int value, ProfileLimits.Range limits, Findings found) {
        if (!limits.contains(value) && found.readable(field)) {
            found.add(
                    field,
                    FieldLabels.of(field) + " must be between " + limits.min() + " and " + limits.max()
                            + "; you entered " + value);
        }
    }

    private static void text(String field, String value, Findings found) {
        if (value != null && value.length() > MAX_TEXT && found.readable(field)) {
            found.add(
                    field,
                    FieldLabels.of(field) + " must be at most " + MAX_TEXT + " characters long; it has "
                            + value.length());
        }
    }

    private static void list(String field, List<?> values, Findings found) {
        if (values.size() > MAX_LIST && found.readable(field)) {
            found.add(
                    field,
                    FieldLabels.of(field) + " may list at most " + MAX_LIST + " entries; it has " + values.size());
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

    /** The problems found so far, and the fields no rule may judge because they could not be read. */
    private static final class Findings {
        /** A list element's path, {@code targets[1]}; an unknown field's name may hold brackets too, so digits only. */
        private static final Pattern ELEMENT = Pattern.compile("(.+)\\[\\d+]");

        private final List<Problem> problems = new ArrayList<>();
        private final Set<String> unread;

        Findings(Set<String> unread) {
            this.unread = Set.copyOf(unread);
        }

        void add(String field, String message) {
            problems.add(new Problem(field, message));
        }

        List<Problem> problems() {
            return List.copyOf(problems);
        }

        /** Whether every one of these fields was read: none is, contains or lies inside an unread field. */
        boolean readable(String... fields) {
            for (String field : fields) {
                for (String path : unread) {
                    if (related(field, path)) {
                        return false;
                    }
                }
            }
            return true;
        }

        private static boolean related(String field, String unreadPath) {
            Matcher element = ELEMENT.matcher(unreadPath);
            if (element.matches()) {
                // An unreadable list element was left out, so the later elements moved up: the whole list is unknown.
                String list = element.group(1);
                if (field.equals(list) || field.startsWith(list + "[")) {
                    return true;
                }
            }
            return field.equals(unreadPath) || inside(field, unreadPath) || inside(unreadPath, field);
        }

        private static boolean inside(String path, String parent) {
            return path.startsWith(parent + ".") || path.startsWith(parent + "[");
        }
    }
}
