package org.smartpick.core.applicant;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words a person reads for each profile field path ({@code usmle.step2ck.score} is "Step 2 CK score"), as the
 * profile form labels its inputs, so a problem can name the field in plain words while keeping the path to point at it.
 */
public final class FieldLabels {
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("name", "Name"),
            Map.entry("applicantType", "Applicant type"),
            Map.entry("citizenship", "Citizenship"),
            Map.entry("visa", "Visa"),
            Map.entry("visa.needsSponsorship", "Visa sponsorship needed"),
            Map.entry("visa.accepts", "Visas you accept"),
            Map.entry("graduationYear", "Medical school graduation year"),
            Map.entry("ecfmgCertified", "ECFMG certified"),
            Map.entry("usmle", "USMLE"),
            Map.entry("usmle.step1", "Step 1"),
            Map.entry("usmle.step1.result", "Step 1 result"),
            Map.entry("usmle.step1.score", "Step 1 score"),
            Map.entry("usmle.step1.attempts", "Step 1 attempts"),
            Map.entry("usmle.step2ck", "Step 2 CK"),
            Map.entry("usmle.step2ck.score", "Step 2 CK score"),
            Map.entry("usmle.step2ck.attempts", "Step 2 CK attempts"),
            Map.entry("usmle.step3", "Step 3"),
            Map.entry("usmle.step3.taken", "Step 3 taken"),
            Map.entry("usmle.step3.passed", "Step 3 passed"),
            Map.entry("usmle.step3.score", "Step 3 score"),
            Map.entry("usmle.step3.attempts", "Step 3 attempts"),
            Map.entry("usClinicalExperience", "US clinical experience"),
            Map.entry("usClinicalExperience.handsOnMonths", "US hands-on clinical experience (months)"),
            Map.entry("usClinicalExperience.observershipMonths", "US observerships (months)"),
            Map.entry("specialtyExperience", "Experience in your goal specialty"),
            Map.entry("specialtyExperience.specialty", "Specialty of your experience"),
            Map.entry("specialtyExperience.months", "Months in that specialty"),
            Map.entry("specialtyExperience.kinds", "Kinds of specialty experience"),
            Map.entry("research", "Research"),
            Map.entry("research.publications", "Publications"),
            Map.entry("research.abstracts", "Abstracts"),
            Map.entry("research.posters", "Posters"),
            Map.entry("research.inSpecialty", "Research in your goal specialty"),
            Map.entry("letters", "Letters"),
            Map.entry("letters.total", "Letters of recommendation"),
            Map.entry("letters.us", "Letters from US physicians"),
            Map.entry("letters.fromSpecialty", "Letters from your goal specialty"),
            Map.entry("degrees", "Other degrees"),
            Map.entry("cyclesApplied", "Match cycles applied before"),
            Map.entry("targets", "Target specialties"),
            Map.entry("preferences", "Preferences"),
            Map.entry("preferences.states", "Preferred states"),
            Map.entry("preferences.settings", "Preferred settings"),
            Map.entry("budget", "Budget"),
            Map.entry("budget.maxUsd", "Budget for application fees (USD)"),
            Map.entry("budget.maxPrograms", "Most programs you will apply to"),
            Map.entry("budget.maxProgramsPerSpecialty", "Most programs per specialty"));
    private static final Map<String, String> TARGET_LABELS =
            Map.of("specialtyCode", "Specialty %d", "role", "Role of specialty %d", "weight", "Weight of specialty %d");
    private static final Pattern TARGET = Pattern.compile("targets\\[(\\d+)](?:\\.(\\w+))?");
    private static final Pattern ELEMENT = Pattern.compile("(.+)\\[\\d+]");
    private static final String PER_SPECIALTY = "budget.maxProgramsPerSpecialty.";

    private FieldLabels() {}

    /**
     * The label of a field path: target rows are numbered from 1 as on the form ("Specialty 2"), a list element is
     * labelled as its list, a per-specialty limit names its code; a path without a label is returned as it is.
     */
    public static String of(String path) {
        String label = LABELS.get(path);
        if (label != null) {
            return label;
        }
        Matcher target = TARGET.matcher(path);
        if (target.matches()) {
            int row = Integer.parseInt(target.group(1)) + 1;
            String field = target.group(2) == null ? "specialtyCode" : target.group(2);
            return TARGET_LABELS.getOrDefault(field, "Specialty %d").replace("%d", String.valueOf(row));
        }
        Matcher element = ELEMENT.matcher(path);
        if (element.matches() && LABELS.containsKey(element.group(1))) {
            return LABELS.get(element.group(1));
        }
        if (path.startsWith(PER_SPECIALTY)) {
            return "Most programs in specialty " + path.substring(PER_SPECIALTY.length());
        }
        return path;
    }
}
