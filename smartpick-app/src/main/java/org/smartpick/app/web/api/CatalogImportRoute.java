package org.smartpick.app.web.api;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.smartpick.app.importing.CatalogImport;
import org.smartpick.app.importing.ImportFormat;
import org.smartpick.app.importing.Parsed;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.store.CatalogProvider;
import org.smartpick.app.store.CatalogStore.SaveResult;
import org.smartpick.app.web.security.AdminToken;
import org.smartpick.app.web.security.SecuritySettings;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.Catalog;

/**
 * {@code POST /api/v1/admin/catalog/imports}: the HTTP twin of {@code smartpick catalog import}, all or nothing,
 * for holders of the admin token only. The body is the file; {@code format} names it or the first line tells.
 */
final class CatalogImportRoute {
    static final String PATH = "/api/v1/admin/catalog/imports";
    private static final Set<String> MEDIA_TYPES = Set.of("text/csv", "application/json", "text/plain");

    private final CatalogProvider catalog;
    private final SecuritySettings security;
    private final AdminToken token;

    CatalogImportRoute(CatalogProvider catalog, SecuritySettings security) {
        this.catalog = catalog;
        this.security = security;
        this.token = new AdminToken(security.adminToken());
    }

    /** The outcome of an import: the catalog version now stored, whether it changed, and the program count. */
    record ImportResult(long version, boolean changed, int programs) {}

    void register(JavalinConfig cfg) {
        cfg.routes.post(PATH, this::importFile);
    }

    private void importFile(Context ctx) {
        token.require(ctx.header("Authorization"));
        String body = RequestBody.read(ctx, MEDIA_TYPES, security.maxImportBytes());
        ImportFormat format = format(ctx.queryParam("format"), body);
        Parsed<Catalog> result = CatalogImport.apply(
                catalog.current(), format, new StringReader(body), ShippedCatalog.specialtyTracks());
        if (!result.ok()) {
            throw ApiError.badRequest(result.problems());
        }
        Catalog imported = result.items().get(0);
        SaveResult saved = catalog.replace(imported);
        ApiRoutes.json(
                ctx,
                new ImportResult(
                        saved.version(), saved.changed(), imported.programs().size()));
    }

    private static ImportFormat format(String given, String body) {
        if (given != null && !given.isBlank()) {
            return ImportFormat.findByLabel(given)
                    .orElseThrow(() -> ApiError.badRequest(List.of(new Problem(
                            "format",
                            "format must be one of " + ImportFormat.labels() + "; was '" + WholeNumber.clip(given)
                                    + "'"))));
        }
        String firstLine = body.lines().findFirst().orElse("");
        Optional<ImportFormat> detected = ImportFormat.detect("", firstLine);
        return detected.orElseThrow(
                () -> ApiError.badRequest(
                        List.of(
                                new Problem(
                                        "format",
                                        "cannot tell the format from the first line; pass ?format=freida-csv|eras-csv|acgme-csv|facts-csv|json"))));
    }
}
