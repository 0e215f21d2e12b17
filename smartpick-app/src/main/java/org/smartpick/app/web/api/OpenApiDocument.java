package org.smartpick.app.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.smartpick.app.importing.Attribute;
import org.smartpick.app.json.Json;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.ExamResult;
import org.smartpick.core.applicant.ProfileLimits;
import org.smartpick.core.applicant.ProfileRules;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Setting;

/**
 * The OpenAPI document at {@code /api/openapi.json}: the hand-written shape in {@code openapi.json} with every limit the
 * server enforces written in from the same places the validators read ({@link ProfileLimits}, {@link ProfileRules},
 * {@link ProgramQuery}) and the choices of this catalog (specialty codes), so a generated client is refused nothing
 * the document allows, except by the cross-field rules the Profile schema's description lists.
 */
final class OpenApiDocument {
    static final String RESOURCE = "/openapi.json";

    private OpenApiDocument() {}

    /** The document for this catalog, checked in {@code currentYear} (the latest graduation year depends on it). */
    static String render(Catalog catalog, int currentYear) {
        try {
            return Json.compactWriter().writeValueAsString(build(skeleton(), catalog, currentYear));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the OpenAPI document does not serialise", e);
        }
    }

    static ObjectNode build(ObjectNode document, Catalog catalog, int currentYear) {
        ObjectNode schemas = (ObjectNode) document.path("components").path("schemas");
        profile((ObjectNode) schemas.get("Profile"), catalog, currentYear);
        enumeration(
                (ObjectNode) schemas.path("Fact").path("properties").path("attribute"),
                Arrays.stream(Attribute.values()).map(Attribute::key).toList());
        recommendationOptions((ObjectNode) schemas.path("RecommendationEnvelope")
                .path("properties")
                .path("options")
                .path("properties"));
        recommendationOptions(parameters(document, "/api/v1/recommendations", "post"));
        programSearch(parameters(document, "/api/v1/programs", "get"), catalog);
        return document;
    }

    private static void profile(ObjectNode profile, Catalog catalog, int currentYear) {
        ProfileLimits.wholeNumbers().forEach((path, range) -> range(property(profile, path), range));
        range(property(profile, "graduationYear"), ProfileLimits.graduationYear(currentYear));
        range(
                (ObjectNode) property(profile, "budget.maxProgramsPerSpecialty").get("additionalProperties"),
                ProfileLimits.PROGRAMS_PER_SPECIALTY);
        enumeration(property(profile, "applicantType"), names(ApplicantType.values()));
        enumeration(items(property(profile, "visa.accepts")), names(VisaType.values()));
        enumeration(property(profile, "usmle.step1.result"), names(ExamResult.values()));
        ObjectNode target = items(property(profile, "targets"));
        List<String> codes = targetCodes(catalog);
        enumeration((ObjectNode) target.path("properties").path("specialtyCode"), codes);
        enumeration((ObjectNode) target.path("properties").path("role"), names(TargetRole.values()));
        ((ObjectNode) target.path("properties").path("weight"))
                .put("minimum", 0)
                .put("exclusiveMinimum", true)
                .put("maximum", ProfileLimits.MAX_TARGET_WEIGHT);
        enumeration(items(property(profile, "preferences.states")), new TreeSet<>(ProfileRules.STATE_CODES));
        enumeration(items(property(profile, "preferences.settings")), settingChoices());
        lengthsAndSizes(profile);
        // Visas may not repeat, which bounds the list; targets may not repeat a specialty, nor name one without
        // programs.
        property(profile, "visa.accepts").put("uniqueItems", true).remove("maxItems");
        property(profile, "targets").put("maxItems", Math.min(ProfileLimits.MAX_LIST_ENTRIES, codes.size()));
    }

    /** A setting may be given by its name or its FREIDA label. */
    private static List<String> settingChoices() {
        List<String> settings = new ArrayList<>(names(Setting.values()));
        for (Setting setting : Setting.values()) {
            settings.add(setting.label());
        }
        return settings;
    }

    /** Every free text of a profile is at most MAX_TEXT_LENGTH characters, every list at most MAX_LIST_ENTRIES long. */
    private static void lengthsAndSizes(JsonNode schema) {
        if (!schema.isObject()) {
            return;
        }
        ObjectNode node = (ObjectNode) schema;
        String type = node.path("type").asText();
        if (type.equals("string") && !node.has("enum")) {
            node.put("maxLength", ProfileLimits.MAX_TEXT_LENGTH);
        } else if (type.equals("array")) {
            node.put("maxItems", ProfileLimits.MAX_LIST_ENTRIES);
        }
        node.path("properties").forEach(OpenApiDocument::lengthsAndSizes);
        lengthsAndSizes(node.path("items"));
    }

    private static void recommendationOptions(ObjectNode byName) {
        range((ObjectNode) byName.get("budgetUsd"), ProfileLimits.BUDGET_USD);
        range((ObjectNode) byName.get("budgetPrograms"), ProfileLimits.BUDGET_PROGRAMS);
        range((ObjectNode) byName.get("season"), ProfileLimits.SEASON);
        enumeration((ObjectNode) byName.get("programs"), RecommendationRequest.PROGRAMS);
    }

    private static void programSearch(ObjectNode byName, Catalog catalog) {
        enumeration(
                (ObjectNode) byName.get("specialty"),
                SpecialtyView.all(catalog).stream().map(SpecialtyView::code).toList());
        ((ObjectNode) byName.get("specialty")).remove("pattern");
        enumeration((ObjectNode) byName.get("visa"), names(VisaFilter.values()));
        enumeration((ObjectNode) byName.get("setting"), settingChoices());
        ((ObjectNode) byName.get("q")).put("maxLength", ProgramQuery.MAX_TEXT);
        range((ObjectNode) byName.get("page"), new ProfileLimits.Range(1, ProgramQuery.MAX_PAGE));
        range((ObjectNode) byName.get("size"), new ProfileLimits.Range(1, ProgramQuery.MAX_SIZE));
    }

    /** The specialty codes a target may name: those the catalog has programs in (others are refused). */
    static List<String> targetCodes(Catalog catalog) {
        return catalog.programs().stream()
                .map(Program::specialtyCode)
                .distinct()
                .sorted()
                .toList();
    }

    /** An operation's query parameters' schemas by parameter name. */
    private static ObjectNode parameters(ObjectNode document, String path, String method) {
        ObjectNode byName = Json.mapper().createObjectNode();
        for (JsonNode parameter : document.path("paths").path(path).path(method).path("parameters")) {
            byName.set(parameter.path("name").asText(), parameter.path("schema"));
        }
        return byName;
    }

    /** The schema of a profile field by its path ({@code usmle.step1.score}); a path the document lacks is a bug. */
    private static ObjectNode property(ObjectNode profile, String path) {
        JsonNode node = profile;
        for (String name : path.split("\\.")) {
            node = node.path("properties").path(name);
        }
        if (!node.isObject()) {
            throw new IllegalStateException("the OpenAPI Profile schema has no field " + path);
        }
        return (ObjectNode) node;
    }

    private static ObjectNode items(ObjectNode array) {
        return (ObjectNode) array.get("items");
    }

    private static void range(ObjectNode schema, ProfileLimits.Range range) {
        schema.put("minimum", range.min()).put("maximum", range.max());
    }

    private static void enumeration(ObjectNode schema, Collection<String> values) {
        ArrayNode list = schema.putArray("enum");
        values.forEach(list::add);
    }

    private static List<String> names(Enum<?>[] constants) {
        List<String> names = new ArrayList<>();
        for (Enum<?> constant : constants) {
            names.add(constant.name());
        }
        return names;
    }

    private static ObjectNode skeleton() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is not on the classpath");
            }
            return (ObjectNode) Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
