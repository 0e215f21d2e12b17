package org.smartpick.app.web.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The profile form: each input is named by the profile JSON field path it fills ({@code usmle.step2ck.score},
 * {@code targets[0].role}), so a {@link org.smartpick.core.common.Problem} field names its input. Translates posted
 * forms into profile JSON (keeping text that is not a number as text, so the reader reports it) and back.
 */
final class ProfileForm {
    /** How an input's text becomes JSON. */
    enum Kind {
        /** A string, as typed. */
        TEXT,
        /** A whole number. */
        INTEGER,
        /** Any number. */
        NUMBER,
        /** A checkbox: checked is true, unchecked leaves the field out. */
        BOOLEAN,
        /** Several checkboxes of one name: a list of their values. */
        CHOICES,
        /** Comma-separated text: a list of strings. */
        LIST,
        /** "140: 40, 130: 10": an object from specialty code to a number of programs. */
        LIMITS
    }

    /** One input: its name (the JSON path) and kind. */
    record Field(String path, Kind kind) {}

    static final List<Field> FIELDS = List.of(
            new Field("name", Kind.TEXT),
            new Field("applicantType", Kind.TEXT),
            new Field("citizenship", Kind.TEXT),
            new Field("visa.needsSponsorship", Kind.BOOLEAN),
            new Field("visa.accepts", Kind.CHOICES),
            new Field("graduationYear", Kind.INTEGER),
            new Field("ecfmgCertified", Kind.BOOLEAN),
            new Field("usmle.step1.result", Kind.TEXT),
            new Field("usmle.step1.score", Kind.INTEGER),
            new Field("usmle.step1.attempts", Kind.INTEGER),
            new Field("usmle.step2ck.score", Kind.INTEGER),
            new Field("usmle.step2ck.attempts", Kind.INTEGER),
            new Field("usmle.step3.taken", Kind.BOOLEAN),
            new Field("usmle.step3.passed", Kind.BOOLEAN),
            new Field("usmle.step3.score", Kind.INTEGER),
            new Field("usmle.step3.attempts", Kind.INTEGER),
            new Field("usClinicalExperience.handsOnMonths", Kind.INTEGER),
            new Field("usClinicalExperience.observershipMonths", Kind.INTEGER),
            new Field("specialtyExperience.specialty", Kind.TEXT),
            new Field("specialtyExperience.months", Kind.INTEGER),
            new Field("specialtyExperience.kinds", Kind.LIST),
            new Field("research.publications", Kind.INTEGER),
            new Field("research.abstracts", Kind.INTEGER),
            new Field("research.posters", Kind.INTEGER),
            new Field("research.inSpecialty", Kind.INTEGER),
            new Field("letters.total", Kind.INTEGER),
            new Field("letters.us", Kind.INTEGER),
            new Field("letters.fromSpecialty", Kind.INTEGER),
            new Field("degrees", Kind.LIST),
            new Field("cyclesApplied", Kind.INTEGER),
            new Field("preferences.states", Kind.LIST),
            new Field("preferences.settings", Kind.CHOICES),
            new Field("budget.maxUsd", Kind.INTEGER),
            new Field("budget.maxPrograms", Kind.INTEGER),
            new Field("budget.maxProgramsPerSpecialty", Kind.LIMITS));

    static final List<Field> TARGET_FIELDS = List.of(
            new Field("specialtyCode", Kind.TEXT), new Field("role", Kind.TEXT), new Field("weight", Kind.NUMBER));

    /** Target rows shown at least, and the most the form accepts. */
    static final int MIN_TARGET_ROWS = 6;

    static final int MAX_TARGET_ROWS = 30;

    private static final Pattern WHOLE = Pattern.compile("-?\\d{1,9}");
    private static final Pattern INDEXED = Pattern.compile("\\[\\d+]$");

    private ProfileForm() {}

    static String targetField(int row, String field) {
        return "targets[" + row + "]." + field;
    }

    /** Every input name the form shows for this many target rows: where problems can be placed. */
    static Set<String> inputNames(int targetRows) {
        Set<String> names = new java.util.HashSet<>();
        FIELDS.forEach(f -> names.add(f.path()));
        for (int row = 0; row < targetRows; row++) {
            for (Field f : TARGET_FIELDS) {
                names.add(targetField(row, f.path()));
            }
        }
        return names;
    }

    /**
     * The posted form reduced to the profile's inputs: values trimmed, empty ones dropped, and target rows without a
     * specialty removed so the rows are numbered as the JSON list will be.
     */
    static FormValues normalize(Map<String, List<String>> posted) {
        Map<String, List<String>> kept = new HashMap<>();
        for (Field f : FIELDS) {
            List<String> values = posted.getOrDefault(f.path(), List.of()).stream()
                    .map(String::strip)
                    .filter(v -> !v.isEmpty())
                    .toList();
            if (!values.isEmpty()) {
                kept.put(
                        f.path(),
                        f.kind() == Kind.CHOICES ? values.stream().distinct().toList() : List.of(values.get(0)));
            }
        }
        int row = 0;
        for (int posted_row = 0; posted_row < MAX_TARGET_ROWS; posted_row++) {
            String code = first(posted, targetField(posted_row, "specialtyCode"));
            if (code.isEmpty()) {
                continue;
            }
            for (Field f : TARGET_FIELDS) {
                String value = first(posted, targetField(posted_row, f.path()));
                if (!value.isEmpty()) {
                    kept.put(targetField(row, f.path()), List.of(value));
                }
            }
            row++;
        }
        return new FormValues(kept);
    }

    /** The same form with its targets replaced by these (code, role) rows. */
    static FormValues withTargets(FormValues form, List<PresetTarget> targets) {
        Map<String, List<String>> kept = new HashMap<>();
        form.values().forEach((name, values) -> {
            if (!name.startsWith("targets[")) {
                kept.put(name, values);
            }
        });
        for (int row = 0; row < targets.size(); row++) {
            kept.put(targetField(row, "specialtyCode"), List.of(targets.get(row).specialtyCode()));
            kept.put(targetField(row, "role"), List.of(targets.get(row).role()));
        }
        return new FormValues(kept);
    }

    /** A target the preset sets. */
    record PresetTarget(String specialtyCode, String role) {}

    /** The profile JSON the form describes; text where a number belongs stays text so the reader names the field. */
    static ObjectNode toJson(FormValues form) {
        ObjectNode root = JsonNodeFactory.instance.objectNode();
        for (Field f : FIELDS) {
            List<String> values = form.all(f.path());
            if (!values.isEmpty()) {
                put(root, f.path(), json(f.kind(), values));
            }
        }
        ArrayNode targets = root.putArray("targets");
        for (int row = 0; row < form.filledTargets(); row++) {
            ObjectNode target = targets.addObject();
            for (Field f : TARGET_FIELDS) {
                List<String> values = form.all(targetField(row, f.path()));
                if (!values.isEmpty()) {
                    target.set(f.path(), json(f.kind(), values));
                }
            }
        }
        return root;
    }

    /** The form filled from a profile JSON object (an uploaded file, an example, the hidden field of a result). */
    static FormValues fromJson(JsonNode profile) {
        Map<String, List<String>> values = new HashMap<>();
        for (Field f : FIELDS) {
            find(profile, f.path()).ifPresent(node -> {
                List<String> text = text(f.kind(), node);
                if (!text.isEmpty()) {
                    values.put(f.path(), text);
                }
            });
        }
        JsonNode targets = profile.path("targets");
        int row = 0;
        for (JsonNode target : targets.isArray() ? targets : JsonNodeFactory.instance.arrayNode()) {
            for (Field f : TARGET_FIELDS) {
                JsonNode node = target.path(f.path());
                if (!node.isMissingNode() && !node.isNull()) {
                    values.put(targetField(row, f.path()), List.of(node.asText()));
                }
            }
            row++;
        }
        return new FormValues(values);
    }

    /**
     * The input a problem belongs to: its field when that is an input, else the list input it is an element of
     * ({@code preferences.states[2]}), else the nearest enclosing input ({@code budget.maxProgramsPerSpecialty.140}).
     */
    static Optional<String> inputFor(String problemField, Set<String> inputs) {
        String field = problemField;
        while (!field.isEmpty()) {
            if (inputs.contains(field)) {
                return Optional.of(field);
            }
            Matcher indexed = INDEXED.matcher(field);
            if (indexed.find()) {
                field = field.substring(0, indexed.start());
            } else {
                int dot = field.lastIndexOf('.');
                field = dot < 0 ? "" : field.substring(0, dot);
            }
        }
        return Optional.empty();
    }

    private static String first(Map<String, List<String>> posted, String name) {
        List<String> values = posted.getOrDefault(name, List.of());
        return values.isEmpty() ? "" : values.get(0).strip();
    }

    private static JsonNode json(Kind kind, List<String> values) {
        JsonNodeFactory nodes = JsonNodeFactory.instance;
        String text = values.get(0);
        switch (kind) {
            case INTEGER:
                return WHOLE.matcher(text).matches() ? nodes.numberNode(Integer.parseInt(text)) : nodes.textNode(text);
            case NUMBER:
                return number(text).<JsonNode>map(nodes::numberNode).orElse(nodes.textNode(text));
            case BOOLEAN:
                return nodes.booleanNode("true".equals(text) || "on".equals(text));
            case CHOICES:
                ArrayNode choices = nodes.arrayNode();
                values.forEach(choices::add);
                return choices;
            case LIST:
                ArrayNode list = nodes.arrayNode();
                Arrays.stream(text.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .forEach(list::add);
                return list;
            case LIMITS:
                return limits(text);
            case TEXT:
                return nodes.textNode(text);
            default:
                throw new AssertionError(kind);
        }
    }

    private static Optional<Double> number(String text) {
        try {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? Optional.of(value) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static ObjectNode limits(String text) {
        ObjectNode limits = JsonNodeFactory.instance.objectNode();
        for (String entry : text.split(",")) {
            String[] parts = entry.split(":", 2);
            String code = parts[0].strip();
            String count = parts.length == 2 ? parts[1].strip() : "";
            if (!code.isEmpty()) {
                limits.set(code, json(Kind.INTEGER, List.of(count)));
            }
        }
        return limits;
    }

    private static List<String> text(Kind kind, JsonNode node) {
        List<String> text = new ArrayList<>();
        switch (kind) {
            case BOOLEAN:
                if (node.asBoolean(false)) {
                    text.add("true");
                }
                break;
            case CHOICES:
                node.forEach(n -> text.add(n.asText()));
                break;
            case LIST:
                List<String> items = new ArrayList<>();
                node.forEach(n -> items.add(n.asText()));
                text.add(String.join(", ", items));
                break;
            case LIMITS:
                List<String> pairs = new ArrayList<>();
                node.properties()
                        .forEach(e -> pairs.add(e.getKey() + ": " + e.getValue().asText()));
                text.add(String.join(", ", pairs));
                break;
            default:
                text.add(node.asText());
        }
        text.removeIf(String::isEmpty);
        return text;
    }

    private static Optional<JsonNode> find(JsonNode root, String path) {
        JsonNode node = root;
        for (String name : path.split("\\.")) {
            node = node.path(name);
        }
        return node.isMissingNode() || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    private static void put(ObjectNode root, String path, JsonNode value) {
        String[] names = path.split("\\.");
        ObjectNode node = root;
        for (int i = 0; i < names.length - 1; i++) {
            node = node.has(names[i]) ? (ObjectNode) node.get(names[i]) : node.putObject(names[i]);
        }
        node.set(names[names.length - 1], value);
    }
}
