package org.smartpick.app.applicant;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.smartpick.core.applicant.FieldLabels;
import org.smartpick.core.common.Problem;

/**
 * Reads typed values out of a JSON tree by field path, collecting a {@link Problem} for every value of the wrong
 * type instead of stopping at the first, so a user sees everything to fix at once.
 */
final class JsonFields {
    private final List<Problem> problems = new ArrayList<>();

    List<Problem> problems() {
        return List.copyOf(problems);
    }

    void add(String field, String message) {
        problems.add(new Problem(field, message));
    }

    /** The object at {@code name}, or empty when absent or null; reports a non-object and fields it does not know. */
    Optional<JsonNode> object(JsonNode parent, String name, String path, Set<String> knownFields) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isObject()) {
            add(path, label(path) + " must be a JSON object {...}; found " + kind(node));
            return Optional.empty();
        }
        rejectUnknownFields(node, path, knownFields);
        return Optional.of(node);
    }

    void rejectUnknownFields(JsonNode node, String path, Set<String> knownFields) {
        Iterator<String> names = node.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!knownFields.contains(name)) {
                // An empty name still needs a visible field: show it as "" so the error names something.
                String shown = name.isEmpty() ? "\"\"" : clip(name);
                String where = path.isEmpty() ? shown : path + "." + shown;
                add(
                        where,
                        "'" + clip(name) + "' is not a field " + (path.isEmpty() ? "of a profile" : "of " + label(path))
                                + "; expected one of " + new TreeSet<>(knownFields));
            }
        }
    }

    int integer(JsonNode parent, String name, String path, int absent) {
        return optionalInteger(parent, name, path).orElse(absent);
    }

    OptionalInt optionalInteger(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return OptionalInt.empty();
        }
        if (node.isIntegralNumber() && node.canConvertToInt()) {
            return OptionalInt.of(node.intValue());
        }
        if (node.isNumber() && node.asDouble() == Math.rint(node.asDouble()) && Math.abs(node.asDouble()) < 1e9) {
            return OptionalInt.of((int) node.asDouble());
        }
        add(path, label(path) + " must be a whole number; you entered " + kind(node));
        return OptionalInt.empty();
    }

    OptionalDouble optionalNumber(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return OptionalDouble.empty();
        }
        if (node.isNumber() && Double.isFinite(node.asDouble())) {
            return OptionalDouble.of(node.asDouble());
        }
        add(path, label(path) + " must be a number; you entered " + kind(node));
        return OptionalDouble.empty();
    }

    boolean bool(JsonNode parent, String name, String path, boolean absent) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return absent;
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        add(path, label(path) + " must be true or false; you entered " + kind(node));
        return absent;
    }

    String text(JsonNode parent, String name, String path) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return "";
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        add(path, label(path) + " must be text; you entered " + kind(node));
        return "";
    }

    /** An enum constant by name (case-insensitive, '-' and ' ' read as '_'); null when absent or unknown. */
    <E extends Enum<E>> E enumValue(JsonNode parent, String name, String path, Class<E> type) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return null;
        }
        return enumOf(node, path, type);
    }

    <E extends Enum<E>> E enumOf(JsonNode node, String path, Class<E> type) {
        if (node.isTextual()) {
            String wanted = node.textValue()
                    .trim()
                    .toUpperCase(Locale.ROOT)
                    .replace('-', '_')
                    .replace(' ', '_');
            for (E constant : type.getEnumConstants()) {
                if (constant.name().equals(wanted)) {
                    return constant;
                }
            }
        }
        add(path, label(path) + " must be one of " + names(type) + "; you entered " + kind(node));
        return null;
    }

    /** The array at {@code name} read element by element; wrong elements are reported and skipped. */
    <T> List<T> array(JsonNode parent, String name, String path, BiFunction<JsonNode, String, T> element) {
        JsonNode node = parent.get(name);
        if (node == null || node.isNull()) {
            return List.of();
        }
        if (!node.isArray()) {
            add(path, label(path) + " must be a list [...]; found " + kind(node));
            return List.of();
        }
        List<T> values = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            T value = element.apply(node.get(i), path + "[" + i + "]");
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    List<String> strings(JsonNode parent, String name, String path) {
        return array(parent, name, path, (node, at) -> {
            if (node.isTextual()) {
                return node.textValue();
            }
            add(at, label(at) + " must be text; you entered " + kind(node));
            return null;
        });
    }

    static String kind(JsonNode node) {
        if (node.isTextual()) {
            return "\"" + clip(node.textValue()) + "\"";
        }
        if (node.isObject()) {
            return "an object";
        }
        if (node.isArray()) {
            return "a list";
        }
        return clip(node.toString());
    }

    /** The field's label as the form shows it, for messages a person reads. */
    static String label(String path) {
        return FieldLabels.of(path);
    }

    private static <E extends Enum<E>> String names(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name());
        }
        return String.join(", ", names);
    }

    static String clip(String text) {
        return Problem.clip(text);
    }
}
