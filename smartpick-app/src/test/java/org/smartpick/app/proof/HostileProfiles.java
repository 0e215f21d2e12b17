package org.smartpick.app.proof;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Generates malformed and hostile profile bodies from the example profiles with a seeded generator: a field set to a
 * wrong type, an out-of-range number, a huge string or array, an unknown specialty code or an unknown field; broken
 * and truncated JSON; deep nesting; bytes that are not UTF-8; top-level values that are not objects. Same seed, same
 * cases.
 */
final class HostileProfiles {
    /** One generated body and how it was made (printed when a case fails, so it can be replayed). */
    record Case(int index, String kind, byte[] body) {
        String preview() {
            String text = new String(body, 0, Math.min(body.length, 160), StandardCharsets.UTF_8);
            return "case " + index + " (" + kind + ", " + body.length + " bytes): " + text;
        }
    }

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final List<ObjectNode> examples;
    private final ObjectMapper mapper;

    private HostileProfiles(List<ObjectNode> examples, ObjectMapper mapper) {
        this.examples = examples;
        this.mapper = mapper;
    }

    /** Reads the example profiles from {@code examples/} at the repository root. */
    static HostileProfiles fromExamples(ObjectMapper mapper) {
        Path dir = Path.of("..", "examples");
        List<ObjectNode> examples = new ArrayList<>();
        try (var files = Files.list(dir)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                examples.add((ObjectNode) mapper.readTree(Files.readString(file, StandardCharsets.UTF_8)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new HostileProfiles(examples, mapper);
    }

    /** The fuzz case count: {@code -Dsmartpick.fuzz.cases=N}, else the CI slice. */
    static int caseCount(int ciSlice) {
        return Integer.getInteger("smartpick.fuzz.cases", ciSlice);
    }

    List<Case> generate(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Case> cases = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            cases.add(next(i, random.split()));
        }
        return cases;
    }

    private Case next(int index, SplittableRandom random) {
        ObjectNode profile = examples.get(random.nextInt(examples.size())).deepCopy();
        int kind = random.nextInt(100);
        if (kind < 55) {
            List<String> paths = new ArrayList<>();
            collectPaths(profile, "", paths);
            String path = paths.get(random.nextInt(paths.size()));
            HostileValue value = hostileValue(random);
            replace(profile, path, value.node());
            return new Case(index, "field " + path + " := " + value.label(), bytes(profile));
        }
        if (kind < 62) {
            profile.set(unknownName(random), hostileValue(random).node());
            return new Case(index, "unknown field", bytes(profile));
        }
        if (kind < 70) {
            ArrayNode targets = profile.putArray("targets");
            targets.addObject().put("specialtyCode", unknownCode(random)).put("role", "GOAL");
            return new Case(index, "unknown specialty code", bytes(profile));
        }
        if (kind < 80) {
            byte[] text = bytes(profile);
            int cut = random.nextInt(text.length);
            return new Case(index, "truncated at " + cut, java.util.Arrays.copyOf(text, cut));
        }
        if (kind < 86) {
            String garbage = " {}[],:\"\\x0";
            return new Case(index, "garbage byte", withByte(bytes(profile), random, (byte)
                    garbage.charAt(random.nextInt(garbage.length()))));
        }
        if (kind < 91) {
            return new Case(index, "non-UTF-8", nonUtf8(bytes(profile), random));
        }
        if (kind < 95) {
            return new Case(index, "deep nesting", deepNesting(random.nextInt(500, 20_000)));
        }
        String[] tops = {
            "",
            "null",
            "[]",
            "42",
            "\"profile\"",
            "true",
            "[{}]",
            "{}",
            "{\"targets\":[]}",
            "\u0000",
            "{\"name\":\"a\"",
            "\uFEFF{}"
        };
        int pick = random.nextInt(tops.length);
        return new Case(index, "top-level " + pick, tops[pick].getBytes(StandardCharsets.UTF_8));
    }

    private record HostileValue(String label, JsonNode node) {}

    private static HostileValue hostileValue(SplittableRandom random) {
        switch (random.nextInt(16)) {
            case 0:
                return new HostileValue("text", NODES.textNode("not a number"));
            case 1:
                return new HostileValue("negative", NODES.numberNode(-1 - random.nextInt(1_000_000)));
            case 2:
                return new HostileValue("huge number", NODES.numberNode(new java.math.BigInteger("9".repeat(400))));
            case 3:
                return new HostileValue("long max", NODES.numberNode(Long.MAX_VALUE));
            case 4:
                return new HostileValue("fraction", NODES.numberNode(random.nextDouble() * 1e6));
            case 5:
                return new HostileValue("1e308", NODES.numberNode(1e308));
            case 6:
                return new HostileValue("huge string", NODES.textNode("x".repeat(random.nextInt(10_000, 300_000))));
            case 7: {
                ArrayNode array = NODES.arrayNode();
                int size = random.nextInt(1_000, 50_000);
                for (int i = 0; i < size; i++) {
                    array.add(i % 2 == 0 ? NODES.textNode("140") : NODES.numberNode(i));
                }
                return new HostileValue("huge array", array);
            }
            case 8:
                return new HostileValue("object", NODES.objectNode().put("surprise", true));
            case 9:
                return new HostileValue("array", NODES.arrayNode().add(1).add("two"));
            case 10:
                return new HostileValue("boolean", NODES.booleanNode(random.nextBoolean()));
            case 11:
                return new HostileValue("empty string", NODES.textNode(""));
            case 12:
                return new HostileValue(
                        "control chars", NODES.textNode("\u0000\u0007\u001b[31m\r\n<script>alert(1)</script>"));
            case 13:
                return new HostileValue("unicode", NODES.textNode("\uD83D\uDE00\u202E\uFFFF\uD800"));
            case 14:
                return new HostileValue("int min", NODES.numberNode(Integer.MIN_VALUE));
            default:
                return new HostileValue("null", NODES.nullNode());
        }
    }

    /** Every field path of the tree ("usmle.step1.score", "targets[0].role"), containers included. */
    private static void collectPaths(JsonNode node, String path, List<String> paths) {
        if (node.isObject()) {
            Iterator<String> names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                String child = path.isEmpty() ? name : path + "." + name;
                paths.add(child);
                collectPaths(node.get(name), child, paths);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = path + "[" + i + "]";
                paths.add(child);
                collectPaths(node.get(i), child, paths);
            }
        }
    }

    private static void replace(ObjectNode root, String path, JsonNode value) {
        JsonNode parent = root;
        String[] steps = path.split("\\.");
        for (int s = 0; s < steps.length; s++) {
            String step = steps[s];
            int bracket = step.indexOf('[');
            String name = bracket < 0 ? step : step.substring(0, bracket);
            boolean last = s == steps.length - 1;
            if (bracket < 0) {
                if (last) {
                    ((ObjectNode) parent).set(name, value);
                    return;
                }
                parent = parent.get(name);
                continue;
            }
            int index = Integer.parseInt(step.substring(bracket + 1, step.indexOf(']')));
            ArrayNode array = (ArrayNode) parent.get(name);
            if (last) {
                array.set(index, value);
                return;
            }
            parent = array.get(index);
        }
    }

    private static String unknownName(SplittableRandom random) {
        String[] names = {
            "__proto__", "constructor", "Name", "step1", "targets ", "$where", "", "\u0000", "x".repeat(5_000)
        };
        return names[random.nextInt(names.length)];
    }

    private static String unknownCode(SplittableRandom random) {
        String[] codes = {
            "999",
            "000",
            "14O",
            "abc",
            "",
            " ",
            "1400",
            "-140",
            "140; DROP TABLE program",
            "\u0661\u0664\u0660",
            "x".repeat(100_000)
        };
        return codes[random.nextInt(codes.length)];
    }

    private static byte[] withByte(byte[] text, SplittableRandom random, byte b) {
        byte[] copy = text.clone();
        copy[random.nextInt(copy.length)] = b;
        return copy;
    }

    /** Puts a byte sequence that is not UTF-8 (lone continuation, 0xFF, overlong, truncated multibyte) inside the body. */
    private static byte[] nonUtf8(byte[] text, SplittableRandom random) {
        byte[][] bad = {
            {(byte) 0xFF},
            {(byte) 0x80},
            {(byte) 0xC0, (byte) 0xAF},
            {(byte) 0xE2, (byte) 0x82},
            {(byte) 0xFE, (byte) 0xFE}
        };
        byte[] insert = bad[random.nextInt(bad.length)];
        int at = random.nextInt(text.length);
        byte[] out = new byte[text.length + insert.length];
        System.arraycopy(text, 0, out, 0, at);
        System.arraycopy(insert, 0, out, at, insert.length);
        System.arraycopy(text, at, out, at + insert.length, text.length - at);
        return out;
    }

    private static byte[] deepNesting(int depth) {
        StringBuilder text = new StringBuilder("{\"name\":");
        text.append("[".repeat(depth)).append("]".repeat(depth)).append('}');
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private byte[] bytes(JsonNode node) {
        try {
            return mapper.writeValueAsBytes(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
