package org.smartpick.app.web.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.router.exception.HttpResponseExceptionMapper;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.smartpick.app.json.Json;
import org.smartpick.core.common.Problem;

/**
 * The one place errors become responses: on the JSON routes ({@code /api/...}, {@code /health}) every error is
 * {@code {"errors": [{"field", "message"}]}}, on the pages an {@link ErrorPage} with the site's layout; anything
 * unexpected is a 500 with a generic message, logged with the route and the exception type only (never the request
 * body, which may hold an applicant's profile). A 405 names the methods the address answers in {@code Allow}.
 */
public final class ApiErrors {
    private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);
    /** The field named by errors about the request as a whole rather than one of its fields. */
    private static final Map<Integer, String> FIELD_BY_STATUS =
            Map.of(403, "Authorization", 404, "path", 405, "method", 413, "body", 415, "Content-Type", 429, "client");

    private ApiErrors() {}

    /** Shows an error on the HTML side as a page of the site, with this status and a message in plain words. */
    @FunctionalInterface
    public interface ErrorPage {
        void show(Context ctx, int status, String message);
    }

    public static void install(JavalinConfig cfg, ErrorPage pages) {
        cfg.http.prefer405over404 = true;
        cfg.routes.exception(ApiError.class, (e, ctx) -> write(ctx, e.status(), e.problems()));
        cfg.routes.exception(HttpResponseException.class, (e, ctx) -> httpError(e, ctx, pages));
        cfg.routes.exception(Exception.class, (e, ctx) -> unexpected(e, ctx, pages));
    }

    /** True for the routes that answer JSON; the HTML pages keep Javalin's own error pages. */
    static boolean isJsonRoute(String path) {
        return path.startsWith("/api/") || path.equals("/api") || path.equals("/health");
    }

    private static void httpError(HttpResponseException e, Context ctx, ErrorPage pages) {
        if (e.getStatus() == 405) {
            allowedMethods(e).ifPresent(methods -> ctx.header("Allow", methods));
        }
        if (!isJsonRoute(ctx.path())) {
            if (e.getStatus() == 404) {
                // Javalin's answer, which the pages' 404 error handler then renders as the "Page not found" page.
                HttpResponseExceptionMapper.INSTANCE.handle(e, ctx);
            } else {
                pages.show(ctx, e.getStatus(), pageMessage(e, ctx));
            }
            return;
        }
        String field = FIELD_BY_STATUS.getOrDefault(e.getStatus(), "request");
        String message = e.getStatus() == 405
                ? ctx.method() + " is not allowed on " + ctx.path()
                : e.getStatus() == 404 && e.getMessage().startsWith("Endpoint ")
                        ? "no such endpoint: " + ctx.path()
                        : e.getMessage();
        write(ctx, e.getStatus(), List.of(new Problem(field, message)));
    }

    /** The methods a 405's address answers, as Javalin found them ("GET, POST"). */
    private static Optional<String> allowedMethods(HttpResponseException e) {
        return Stream.of("availableMethods", "Available methods")
                .map(e.getDetails()::get)
                .filter(methods -> methods != null && !methods.isBlank())
                .findFirst();
    }

    private static String pageMessage(HttpResponseException e, Context ctx) {
        if (e.getStatus() == 405) {
            return "This address does not answer a " + ctx.method() + " request: go back to your profile and use the "
                    + "form's buttons.";
        }
        String text = e.getMessage() == null || e.getMessage().isBlank()
                ? "The request could not be answered."
                : e.getMessage();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1) + (text.endsWith(".") ? "" : ".");
    }

    private static void unexpected(Exception e, Context ctx, ErrorPage pages) {
        StackTraceElement where = e.getStackTrace().length == 0 ? null : e.getStackTrace()[0];
        LOG.error("unexpected {} answering {} {} (at {})", e.getClass().getName(), ctx.method(), ctx.path(), where);
        if (!isJsonRoute(ctx.path())) {
            pages.show(ctx, 500, "Something went wrong on our side; nothing was stored. Go back and try again.");
            return;
        }
        write(
                ctx,
                500,
                List.of(new Problem(
                        "server", "something went wrong on our side; nothing was stored, please try again")));
    }

    static void write(Context ctx, int status, List<Problem> problems) {
        try {
            ctx.status(status)
                    .contentType("application/json")
                    .result(Json.compactWriter().writeValueAsBytes(new Errors(problems)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("problems always serialise", e);
        }
    }

    /** The error body. */
    record Errors(List<Problem> errors) {}
}
