package org.smartpick.app.web.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartpick.app.json.Json;
import org.smartpick.app.recommend.RecommendationService;
import org.smartpick.app.store.CatalogProvider;
import org.smartpick.app.web.security.SecuritySettings;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Program;
import org.smartpick.core.recommend.Recommendation;

/** The JSON API under {@code /api/v1} and its OpenAPI document; translates HTTP to the catalog and the recommender. */
public final class ApiRoutes {
    private static final Logger LOG = LoggerFactory.getLogger(ApiRoutes.class);
    private static final Set<String> JSON = Set.of("application/json");

    private final CatalogProvider catalog;
    private final RecommendationService recommendations;
    private final SecuritySettings security;
    private final AtomicReference<ServedDocument> openApi = new AtomicReference<>();

    /** The OpenAPI document as last rendered, for the catalog and year it states the limits of. */
    private record ServedDocument(Catalog catalog, int year, String json) {}

    public ApiRoutes(CatalogProvider catalog, RecommendationService recommendations, SecuritySettings security) {
        this.catalog = catalog;
        this.recommendations = recommendations;
        this.security = security;
    }

    /** Registers every API route (and the admin import route, which answers 404 unless an admin token is set). */
    public void register(JavalinConfig cfg) {
        cfg.routes.post("/api/v1/recommendations", this::recommend);
        cfg.routes.get("/api/v1/programs", this::programs);
        cfg.routes.get("/api/v1/programs/{id}", this::program);
        cfg.routes.get("/api/v1/specialties", this::specialties);
        cfg.routes.get(
                "/api/openapi.json", ctx -> ctx.contentType("application/json").result(openApi()));
        new CatalogImportRoute(catalog, security).register(cfg);
    }

    private void recommend(Context ctx) {
        String body = RequestBody.read(ctx, JSON, security.maxBodyBytes());
        RecommendationRequest request = RecommendationRequest.parse(body, ctx.queryParamMap(), recommendations::check);
        RecommendationService.Outcome outcome = recommendations.recommend(
                request.profile(), request.options(recommendations.defaultOptions(request.profile())));
        Recommendation recommendation =
                outcome.recommendation().orElseThrow(() -> ApiError.badRequest(outcome.problems()));
        json(ctx, request.chosenOnly() ? recommendation.chosenOnly() : recommendation);
    }

    private void programs(Context ctx) {
        Catalog current = catalog.current();
        json(ctx, ProgramPage.of(current, ProgramQuery.parse(ctx.queryParamMap(), current)));
    }

    private void program(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("\\d{10}")) {
            throw ApiError.notFound("id", "a program id is 10 digits (ACGME id), was '" + WholeNumber.clip(id) + "'");
        }
        Catalog current = catalog.current();
        Program found = current.findProgram(id)
                .orElseThrow(() -> ApiError.notFound("id", "no program with id " + id + " in the catalog"));
        json(ctx, ProgramView.of(found, current));
    }

    private void specialties(Context ctx) {
        json(ctx, SpecialtyView.all(catalog.current()));
    }

    /**
     * Writes the answer as compact JSON straight into the response, without building the whole answer (up to 1.5 MB)
     * in memory first; the status and headers are set before, and API records always serialise. Writing fails only
     * when the client hangs up before the answer has been sent (a closed tab, a timeout): nobody is left to answer,
     * and it is no fault of the server, so it is noted at debug level and the rest of the answer is dropped.
     */
    static void json(Context ctx, Object body) {
        ctx.contentType("application/json");
        try {
            Json.compactWriter().writeValue(ctx.outputStream(), body);
        } catch (IOException e) {
            LOG.debug("the client hung up during the answer to {} {}: {}", ctx.method(), ctx.path(), e.toString());
        }
    }

    /** The document for the current catalog and year, rendered again only when either changes. */
    // ReferenceEquality: an import replaces the catalog object, so identity is the change to look for (equals would
    // compare thousands of programs on every request)
    @SuppressWarnings("ReferenceEquality")
    private String openApi() {
        Catalog current = catalog.current();
        int year = recommendations.defaultOptions().today().getYear();
        ServedDocument served = openApi.get();
        if (served == null || served.catalog() != current || served.year() != year) {
            served = new ServedDocument(current, year, OpenApiDocument.render(current, year));
            openApi.set(served);
        }
        return served.json();
    }
}
