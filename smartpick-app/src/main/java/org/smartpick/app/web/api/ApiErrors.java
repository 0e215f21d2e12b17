package org.smartpick.app.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.exception.HttpResponseExceptionMapper;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartpick.app.json.Json;
import org.smartpick.core.common.Problem;

/**
 * The one place errors become responses: on the JSON routes ({@code /api/...}, {@code /health}) every error is
 * {@code {"errors": [{"field", "message"}]}}; anything unexpected is a 500 with a generic message, logged with
 * the route and the exception type only (never the request body, which may hold an applicant's profile).
 */
public final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    /** The field named by errors about the request as a whole rather than one of its fields. */
    private static final Map<Integer, String> FIELD_BY_STATUS = Map.of(
            403, "Authorization", 404, "path", 405, "method", 413, "body", 415, "Content-Type", 429, "client");

    private ApiErrors() {
    }

    public static void install(JavalinConfig cfg) {
        cfg.http.prefer405over404 = true;
        cfg.routes.exception(ApiError.class, (e, ctx) -> write(ctx, e.status(), e.problems()));
        cfg.routes.exception(HttpResponseException.class, ApiErrors::httpError);
        cfg.routes.exception(Exception.class, ApiErrors::unexpected);
    }

    /** True for the routes that answer JSON; the HTML pages keep Javalin's own error pages. */
    static boolean isJsonRoute(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.equals("/health");
    }

    private static void httpError(HttpResponseException e, Context ctx) {
        if (!isJsonRoute(ctx.path())) {
            HttpResponseExceptionMapper.INSTANCE.handle(e, ctx);
            return;
        }
        String field = FIELD_BY_STATUS.getOrDefault(e.getStatus(), "request");
        String message = e.getStatus() == 405
                ? ctx.method() + " is not allowed on " + ctx.path()
                : e.getStatus() == 404 && e.getMessage().startsWith("Endpoint ") ? "no such endpoint: " + ctx.path() : e.getMessage();
        write(ctx, e.getStatus(), List.of(new Problem(field, message)));
    }

    private static void unexpected(Exception e, Context ctx) {
        StackTraceElement where = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
        LOG.error("unexpected {} answering {} {} (at {})", e.getClass().getName(), ctx.method(), ctx.path(), where);
        if (!isJsonRoute(ctx.path())) {
            ctx.status(500).contentType("text/plain; charset=utf-8").result("Something went wrong on our side; nothing was stored. Please try again.");
            return;
        }
        write(ctx, 500, List.of(new Problem("server", "something went wrong on our side; nothing was stored, please try again")));
    }

    static void write(Context ctx, int status, List<Problem> problems) {
        try {
            ctx.status(status).contentType("application/json").result(Json.compactWriter().writeValueAsBytes(new Errors(problems)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problems always serialise", e);
        }
    }

    /** The error body. */
    record Errors(List<Problem> errors) {
    }
}
