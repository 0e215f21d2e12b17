package org.smartpick.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.json.Json;
import org.smartpick.app.recommend.RecommendationService;
import org.smartpick.app.recommend.ShippedPolicies;
import org.smartpick.app.store.CatalogProvider;
import org.smartpick.app.store.JdbiCatalogStore;
import org.smartpick.app.web.security.SecuritySettings;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.ExamResult;
import org.smartpick.core.applicant.ProfileLimits;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Setting;
import org.smartpick.core.program.Specialty;

/**
 * Walks the served OpenAPI document and holds every limit it states against the server's validators: a value just
 * inside each bound is accepted, one just outside is refused naming the field, and every enum lists exactly the values
 * the validator takes (out of every name, label and code the server knows of, and every two-letter code).
 */
class OpenApiLimitsTest {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    @TempDir
    static Path dir;

    static ApiServer server;
    static JsonNode document;
    static RecommendationService service;
    static Catalog catalog;

    @BeforeAll
    static void start() throws Exception {
        server = new ApiServer(dir, SecuritySettings.defaults());
        document = ApiRoutesTest.json(server.get("/api/openapi.json"), 200);
        CatalogProvider provider =
                new CatalogProvider(new JdbiCatalogStore(server.database().jdbi()));
        catalog = provider.current();
        service = new RecommendationService(provider::current, ShippedPolicies.recommender(), Clock.systemUTC());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    /** A limit the document states: where (a profile path) and the schema that states it. */
    record Stated(String path, JsonNode schema) {}

    @Test
    void everyProfileLimitTheDocumentStatesIsTheValidatorsBound() {
        List<Stated> stated = new ArrayList<>();
        walk(profileSchema(), "", stated);

        assertThat(stated)
                .extracting(Stated::path)
                .contains(
                        "graduationYear",
                        "usmle.step2ck.score",
                        "targets",
                        "targets[0].weight",
                        "preferences.states[0]",
                        "budget.maxProgramsPerSpecialty.140",
                        "name");
        for (Stated limit : stated) {
            for (Bound bound : bounds(limit.schema())) {
                assertThat(problemsWith(limit.path(), bound.inside()))
                        .as(limit.path() + " = " + bound.inside())
                        .isEmpty();
                assertThat(problemsWith(limit.path(), bound.outside()))
                        .as(limit.path() + " = " + bound.outside())
                        .isNotEmpty()
                        .anySatisfy(p -> assertThat(p.field()).startsWith(root(limit.path())));
            }
        }
    }

    @Test
    void everyProfileFieldOfTheDocumentStatesItsLimits() {
        List<Stated> unbounded = new ArrayList<>();
        unbounded(profileSchema(), "", unbounded);

        assertThat(unbounded).extracting(Stated::path).isEmpty();
        assertThat(ProfileLimits.wholeNumbers()).allSatisfy((path, range) -> {
            JsonNode schema = at(profileSchema(), path);
            assertThat(schema.path("minimum").asInt()).as(path).isEqualTo(range.min());
            assertThat(schema.path("maximum").asInt()).as(path).isEqualTo(range.max());
        });
    }

    @Test
    void everyProfileEnumListsExactlyTheValuesTheValidatorTakes() {
        List<Stated> stated = new ArrayList<>();
        walk(profileSchema(), "", stated);
        List<Stated> enums = stated.stream().filter(s -> s.schema().has("enum")).toList();

        assertThat(enums)
                .extracting(Stated::path)
                .containsExactlyInAnyOrder(
                        "applicantType",
                        "visa.accepts[0]",
                        "usmle.step1.result",
                        "targets[0].specialtyCode",
                        "targets[0].role",
                        "preferences.states[0]",
                        "preferences.settings[0]");
        for (Stated choice : enums) {
            Set<String> taken = new TreeSet<>();
            for (String candidate : candidates()) {
                if (problemsWith(choice.path(), NODES.textNode(candidate)).isEmpty()) {
                    taken.add(candidate);
                }
            }
            assertThat(taken).as(choice.path()).isEqualTo(listed(choice.schema()));
        }
    }

    @Test
    void recommendationOptionsStateTheirRangesInTheQueryAndTheBody() {
        JsonNode options = document.at("/components/schemas/RecommendationEnvelope/properties/options/properties");
        for (JsonNode parameter : document.at("/paths/~1api~1v1~1recommendations/post/parameters")) {
            String name = parameter.path("name").asText();
            assertThat(options.get(name)).as(name).isEqualTo(parameter.path("schema"));
            for (String value : insideAndOutside(parameter.path("schema")).inside()) {
                assertThat(optionProblems(name, value)).as(name + "=" + value).isEmpty();
            }
            for (String value : insideAndOutside(parameter.path("schema")).outside()) {
                assertThat(optionProblems(name, value))
                        .as(name + "=" + value)
                        .extracting(Problem::field)
                        .containsExactly(name, "options." + name);
            }
        }
        assertThat(options.path("season").path("minimum").asInt()).isEqualTo(ProfileLimits.SEASON.min());
    }

    @Test
    void programSearchParametersStateTheirLimits() {
        JsonNode parameters = document.at("/paths/~1api~1v1~1programs/get/parameters");
        assertThat(parameters).hasSize(ProgramQuery.PARAMETERS.size());
        for (JsonNode parameter : parameters) {
            String name = parameter.path("name").asText();
            Values values = insideAndOutside(parameter.path("schema"));
            for (String value : values.inside()) {
                assertThat(ProgramQuery.read(Map.of(name, List.of(value)), catalog)
                                .problems())
                        .as(name + "=" + value)
                        .isEmpty();
            }
            for (String value : values.outside()) {
                assertThat(ProgramQuery.read(Map.of(name, List.of(value)), catalog)
                                .problems())
                        .as(name + "=" + value)
                        .extracting(Problem::field)
                        .containsExactly(name);
            }
            if (parameter.path("schema").has("enum")) {
                Set<String> taken = new TreeSet<>();
                candidates().stream()
                        .filter(c -> ProgramQuery.read(Map.of(name, List.of(c)), catalog)
                                        .problems()
                                        .isEmpty()
                                && !c.isBlank())
                        .forEach(taken::add);
                assertThat(taken).as(name).isEqualTo(listed(parameter.path("schema")));
            }
        }
    }

    /** The values just inside and just outside each bound a query parameter's schema states. */
    record Values(List<String> inside, List<String> outside) {}

    private static Values insideAndOutside(JsonNode schema) {
        List<String> inside = new ArrayList<>();
        List<String> outside = new ArrayList<>();
        for (Bound bound : bounds(schema)) {
            inside.add(bound.inside().asText());
            outside.add(bound.outside().asText());
        }
        listed(schema).forEach(inside::add);
        return new Values(inside, outside);
    }

    /** A value just inside one stated bound and one just outside it. */
    record Bound(JsonNode inside, JsonNode outside) {}

    private static List<Bound> bounds(JsonNode schema) {
        List<Bound> bounds = new ArrayList<>();
        boolean whole = schema.path("type").asText().equals("integer");
        double step = whole ? 1 : 0.001;
        if (schema.has("minimum")) {
            double min = schema.get("minimum").asDouble();
            bounds.add(
                    schema.path("exclusiveMinimum").asBoolean()
                            ? new Bound(number(min + step, whole), number(min, whole))
                            : new Bound(number(min, whole), number(min - step, whole)));
        }
        if (schema.has("maximum")) {
            double max = schema.get("maximum").asDouble();
            bounds.add(new Bound(number(max, whole), number(max + step, whole)));
        }
        if (schema.has("maxLength")) {
            int length = schema.get("maxLength").asInt();
            bounds.add(new Bound(NODES.textNode("x".repeat(length)), NODES.textNode("x".repeat(length + 1))));
        }
        if (schema.has("maxItems")) {
            int size = schema.get("maxItems").asInt();
            bounds.add(new Bound(validItems(schema.get("items"), size), validItems(schema.get("items"), size + 1)));
        }
        if (schema.has("minItems")) {
            int size = schema.get("minItems").asInt();
            bounds.add(new Bound(validItems(schema.get("items"), size), validItems(schema.get("items"), size - 1)));
        }
        if (schema.has("enum")) {
            bounds.add(new Bound(schema.get("enum").get(0), NODES.textNode("NOT_A_CHOICE")));
        }
        return bounds;
    }

    private static JsonNode number(double value, boolean whole) {
        return whole ? NODES.numberNode((long) value) : NODES.numberNode(value);
    }

    /** {@code count} items each valid on its own and differing where the schema has choices to differ by. */
    private static ArrayNode validItems(JsonNode itemSchema, int count) {
        ArrayNode items = NODES.arrayNode();
        for (int i = 0; i < count; i++) {
            items.add(valid(itemSchema, i));
        }
        return items;
    }

    private static JsonNode valid(JsonNode schema, int index) {
        if (schema.has("enum")) {
            return schema.get("enum").get(index % schema.get("enum").size());
        }
        switch (schema.path("type").asText()) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("required")
                        .forEach(name -> object.set(
                                name.asText(), valid(schema.path("properties").path(name.asText()), index)));
                return object;
            }
            case "integer", "number" -> {
                return NODES.numberNode(schema.path("minimum").asInt());
            }
            case "boolean" -> {
                return NODES.booleanNode(false);
            }
            default -> {
                return NODES.textNode("x");
            }
        }
    }

    /** Every schema under {@code schema} that states a limit, with its profile path. */
    private static void walk(JsonNode schema, String path, List<Stated> stated) {
        eachField(schema, path, (field, at) -> {
            if (!bounds(field).isEmpty()) {
                stated.add(new Stated(at, field));
            }
        });
    }

    /** Numbers without a range, free text without a length, lists without a size (a list of unique choices needs none). */
    private static void unbounded(JsonNode schema, String path, List<Stated> found) {
        eachField(schema, path, (field, at) -> {
            boolean open = switch (field.path("type").asText()) {
                case "integer", "number" -> !(field.has("minimum") && field.has("maximum"));
                case "string" -> !(field.has("maxLength") || field.has("enum"));
                case "array" ->
                    !(field.has("maxItems")
                            || (field.path("uniqueItems").asBoolean()
                                    && field.path("items").has("enum")));
                default -> false;
            };
            if (open) {
                found.add(new Stated(at, field));
            }
        });
    }

    /** Visits every schema below {@code schema} with its profile path: fields, list elements ([0]) and map values. */
    private static void eachField(JsonNode schema, String path, BiConsumer<JsonNode, String> visit) {
        schema.path("properties").properties().forEach(f -> {
            visit.accept(f.getValue(), join(path, f.getKey()));
            eachField(f.getValue(), join(path, f.getKey()), visit);
        });
        if (schema.has("items")) {
            visit.accept(schema.get("items"), path + "[0]");
            eachField(schema.get("items"), path + "[0]", visit);
        }
        if (schema.path("additionalProperties").isObject()) {
            visit.accept(schema.get("additionalProperties"), join(path, "140"));
            eachField(schema.get("additionalProperties"), join(path, "140"), visit);
        }
    }

    /**
     * The problems with a profile every rule accepts, room left around every field (research and letter totals at
     * their maximum, so each count may reach its own), once {@code value} is put at {@code path}.
     */
    private static List<Problem> problemsWith(String path, JsonNode value) {
        ObjectNode profile = (ObjectNode) read("{\"applicantType\": \"US_MD\", \"graduationYear\": 2024, "
                + "\"targets\": [{\"specialtyCode\": \"140\"}], \"letters\": {\"total\": 50}, "
                + "\"research\": {\"publications\": 1000, \"abstracts\": 1000, \"posters\": 1000}}");
        put(profile, path, value);
        return requestProblems(profile.toString(), Map.of());
    }

    private static List<Problem> optionProblems(String name, String value) {
        String profile =
                "{\"applicantType\": \"US_MD\", \"graduationYear\": 2024, \"targets\": [{\"specialtyCode\": \"140\"}]}";
        JsonNode option = value.matches("-?\\d+") ? NODES.numberNode(Long.parseLong(value)) : NODES.textNode(value);
        ObjectNode envelope = NODES.objectNode();
        envelope.set("profile", read(profile));
        envelope.putObject("options").set(name, option);
        List<Problem> problems = new ArrayList<>(requestProblems(profile, Map.of(name, List.of(value))));
        problems.addAll(requestProblems(envelope.toString(), Map.of()));
        return problems;
    }

    private static List<Problem> requestProblems(String body, Map<String, List<String>> query) {
        try {
            RecommendationRequest.parse(body, query, service::check);
            return List.of();
        } catch (ApiError e) {
            return e.problems();
        }
    }

    /** Puts {@code value} at a path such as {@code usmle.step1.score} or {@code targets[0].role}, keeping what is there. */
    private static void put(ObjectNode profile, String path, JsonNode value) {
        String[] names = path.split("\\.");
        ObjectNode parent = profile;
        for (int i = 0; i < names.length; i++) {
            boolean last = i == names.length - 1;
            String name = names[i].replace("[0]", "");
            if (names[i].endsWith("[0]")) {
                ArrayNode list = parent.has(name) ? (ArrayNode) parent.get(name) : parent.putArray(name);
                if (last) {
                    list.removeAll().add(value);
                    return;
                }
                if (list.isEmpty()) {
                    list.addObject();
                }
                parent = (ObjectNode) list.get(0);
            } else if (last) {
                parent.set(name, value);
            } else {
                parent = parent.has(name) ? (ObjectNode) parent.get(name) : parent.putObject(name);
            }
        }
    }

    /** Every name, label and code the server knows of, every two-letter code, and words that are none of them. */
    private static Set<String> candidates() {
        Set<String> candidates = new LinkedHashSet<>(List.of("NOT_A_CHOICE", "", "eligible", "chosen"));
        for (Enum<?>[] constants : List.<Enum<?>[]>of(
                ApplicantType.values(),
                VisaType.values(),
                ExamResult.values(),
                TargetRole.values(),
                Setting.values(),
                VisaFilter.values())) {
            for (Enum<?> constant : constants) {
                candidates.add(constant.name());
            }
        }
        for (Setting setting : Setting.values()) {
            candidates.add(setting.label());
        }
        catalog.reference().specialties().stream().map(Specialty::code).forEach(candidates::add);
        catalog.programs().forEach(p -> candidates.add(p.specialtyCode()));
        for (char a = 'A'; a <= 'Z'; a++) {
            for (char b = 'A'; b <= 'Z'; b++) {
                candidates.add("" + a + b);
            }
        }
        return candidates;
    }

    private static Set<String> listed(JsonNode schema) {
        Set<String> listed = new TreeSet<>();
        schema.path("enum").forEach(v -> listed.add(v.asText()));
        return listed;
    }

    private static JsonNode profileSchema() {
        return document.at("/components/schemas/Profile");
    }

    private static JsonNode at(JsonNode profile, String path) {
        JsonNode node = profile;
        for (String name : path.split("\\.")) {
            node = node.path("properties").path(name);
        }
        return node;
    }

    /** The path up to its first list element: a refused element may be named by its own index or by its list. */
    private static String root(String path) {
        int bracket = path.indexOf('[');
        return bracket < 0 ? path : path.substring(0, bracket);
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static JsonNode read(String json) {
        try {
            return Json.mapper().readTree(json);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
