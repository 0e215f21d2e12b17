package org.smartpick.app.web.pages;

import java.util.List;
import java.util.Map;

/**
 * The profile form as shown: the values to put back in the inputs, the problems by input name (and those that belong
 * to no input), the choices offered, and how many target rows to show.
 */
public record ProfilePage(
        FormValues form,
        Map<String, List<String>> errors,
        List<String> generalErrors,
        List<Choice> specialties,
        List<Choice> examples,
        String presetLabel,
        int targetRows,
        String notice,
        CatalogSummary catalog) {
    public ProfilePage {
        errors = Map.copyOf(errors);
        generalErrors = List.copyOf(generalErrors);
        specialties = List.copyOf(specialties);
        examples = List.copyOf(examples);
    }

    /** A value offered in a menu and its label. */
    public record Choice(String value, String label) {}

    /** The catalog behind the form, for the footer. */
    public record CatalogSummary(int programs, int specialties, long version) {}

    public static final List<Choice> APPLICANT_TYPES = List.of(
            new Choice("US_MD", "US MD student or graduate"),
            new Choice("US_DO", "US DO student or graduate"),
            new Choice("US_IMG", "US citizen or resident, international school"),
            new Choice("NON_US_IMG", "International graduate (not a US citizen or resident)"));
    public static final List<Choice> EXAM_RESULTS =
            List.of(new Choice("NOT_TAKEN", "Not taken"), new Choice("PASS", "Passed"), new Choice("FAIL", "Failed"));
    public static final List<Choice> ROLES =
            List.of(new Choice("GOAL", "Goal"), new Choice("PATHWAY", "Pathway to the goal"));
    public static final List<Choice> VISAS = List.of(new Choice("J1", "J-1"), new Choice("H1B", "H-1B"));
    public static final List<Choice> SETTINGS = java.util.Arrays.stream(org.smartpick.core.program.Setting.values())
            .map(s -> new Choice(s.label(), s.label()))
            .toList();

    /** The HTML id of an input, from its name. */
    public static String id(String name) {
        return "f-" + name.replaceAll("[^A-Za-z0-9]+", "-");
    }

    public List<String> errorsFor(String name) {
        return errors.getOrDefault(name, List.of());
    }

    public boolean hasErrors(String name) {
        return errors.containsKey(name);
    }

    /** Whether any of these inputs has a problem (to open the section that hides them). */
    public boolean anyErrors(String... names) {
        return java.util.Arrays.stream(names).anyMatch(errors::containsKey);
    }

    public boolean hasAnyErrors() {
        return !errors.isEmpty() || !generalErrors.isEmpty();
    }

    public String value(String name) {
        return form.value(name);
    }

    public boolean checked(String name, String option) {
        return form.has(name, option);
    }

    public String target(int row, String field) {
        return form.value(ProfileForm.targetField(row, field));
    }

    public static String targetName(int row, String field) {
        return ProfileForm.targetField(row, field);
    }

    /** The problems in the order of the form, each with the input it belongs to (for the summary's links). */
    public List<ErrorLink> errorSummary() {
        return errors.keySet().stream()
                .sorted()
                .flatMap(input -> errors.get(input).stream().map(m -> new ErrorLink(anchor(input), m)))
                .toList();
    }

    /** The HTML id a summary link jumps to: the input, a checkbox's box, a group's first box, the first target row. */
    static String anchor(String input) {
        if (input.equals("targets")) {
            return id(targetName(0, "specialtyCode"));
        }
        if (input.equals("visa.accepts")) {
            return id(input + "-" + VISAS.get(0).value());
        }
        if (input.equals("preferences.settings")) {
            return id(input + "-" + SETTINGS.get(0).value());
        }
        boolean checkbox = ProfileForm.FIELDS.stream()
                .anyMatch(f -> f.path().equals(input) && f.kind() == ProfileForm.Kind.BOOLEAN);
        return checkbox ? id(input + "-true") : id(input);
    }

    /** A problem in the summary at the top, linking to its input. */
    public record ErrorLink(String inputId, String message) {}
}
