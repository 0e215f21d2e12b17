package org.smartpick.app.web.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.smartpick.app.web.security.SecuritySettings;

class OpenApiDocumentTest {
    /** Shared: the shipped catalog is stored once, later servers find it (each test starts its own server). */
    @TempDir
    static Path dir;

    @Test
    void documentsExactlyTheJsonRoutesTheServerAnswers() throws Exception {
        try (ApiServer server = new ApiServer(dir, SecuritySettings.defaults())) {
            JsonNode document = ApiRoutesTest.json(server.get("/api/openapi.json"), 200);

            Set<String> registered = new TreeSet<>();
            server.app().unsafe.internalRouter.allHttpHandlers().stream()
                    .map(p -> p.endpoint)
                    .filter(e -> ApiErrors.isJsonRoute(e.path))
                    .forEach(e -> registered.add(e.method.name().toLowerCase(Locale.ROOT) + " " + e.path));
            Set<String> documented = new TreeSet<>();
            document.get("paths")
                    .properties()
                    .forEach(path -> path.getValue()
                            .fieldNames()
                            .forEachRemaining(method -> documented.add(method + " " + path.getKey())));

            assertThat(document.get("openapi").asText()).startsWith("3.0");
            assertThat(registered).contains("post /api/v1/recommendations", "get /health");
            assertThat(documented).isEqualTo(registered);
        }
    }

    @Test
    void everyReferenceResolvesWithinTheDocument() throws Exception {
        try (ApiServer server = new ApiServer(dir, SecuritySettings.defaults())) {
            JsonNode document = ApiRoutesTest.json(server.get("/api/openapi.json"), 200);
            Set<String> references = new TreeSet<>();
            collectReferences(document, references);

            assertThat(references).isNotEmpty();
            for (String reference : references) {
                assertThat(document.at(reference.substring(1)).isMissingNode())
                        .as(reference)
                        .isFalse();
            }
        }
    }

    @Test
    void everyOperationDocumentsItsErrorBodies() throws Exception {
        try (ApiServer server = new ApiServer(dir, SecuritySettings.defaults())) {
            JsonNode paths =
                    ApiRoutesTest.json(server.get("/api/openapi.json"), 200).get("paths");

            paths.properties()
                    .forEach(path -> path.getValue().properties().forEach(operation -> {
                        JsonNode responses = operation.getValue().get("responses");
                        assertThat(responses.has("200")).as(path.getKey()).isTrue();
                        if (path.getKey().startsWith("/api/v1/")) {
                            assertThat(responses.has("429") && responses.has("500") && responses.has("405"))
                                    .as(path.getKey())
                                    .isTrue();
                        }
                    }));
        }
    }

    private static void collectReferences(JsonNode node, Set<String> references) {
        if (node.isObject()) {
            node.properties().forEach(field -> {
                if (field.getKey().equals("$ref")) {
                    references.add(field.getValue().asText());
                } else {
                    collectReferences(field.getValue(), references);
                }
            });
        } else if (node.isArray()) {
            node.forEach(child -> collectReferences(child, references));
        }
    }
}
