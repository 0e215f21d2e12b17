package org.smartpick.app.web;

import com.fasterxml.jackson.core.JacksonException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.staticfiles.Location;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.smartpick.app.json.Json;
import org.smartpick.app.recommend.RecommendationService;
import org.smartpick.app.recommend.ShippedPolicies;
import org.smartpick.app.web.api.ApiErrors;
import org.smartpick.app.web.api.ApiRoutes;
import org.smartpick.app.web.pages.PageRoutes;
import org.smartpick.app.web.security.RateLimiter;
import org.smartpick.app.web.security.SecuritySettings;
import org.smartpick.app.web.security.WebSecurity;
import org.smartpick.core.program.Catalog;

/** Builds the SmartPick web app: security, the JSON API, the health check and the HTML pages ({@link PageRoutes}). */
public final class WebApp {
    /**
     * Enough for slow clients reading large answers while the cores compute others; few enough that a backlog waits
     * unread on its connections (measured against 32 and Jetty's usual 250 with scripts/loadtest.sh; docs/deploy.md).
     */
    private static final int REQUEST_THREADS = 64;

    private WebApp() {}

    /** The app with the default safety settings (no admin token), not started. */
    public static Javalin create(WebDependencies deps) {
        return create(deps, SecuritySettings.defaults());
    }

    /** The app, not started: {@code serve} starts it on SMARTPICK_PORT, tests on port 0. */
    public static Javalin create(WebDependencies deps, SecuritySettings security) {
        RecommendationService recommendations = new RecommendationService(
                deps.catalog()::current, ShippedPolicies.recommender(), Clock.system(ZoneId.systemDefault()));
        ApiRoutes api = new ApiRoutes(deps.catalog(), recommendations, security);
        return Javalin.create(cfg -> {
            cfg.jetty.threadPool = requestThreads();
            WebSecurity.install(
                    cfg,
                    security,
                    new RateLimiter(security.rateLimitBurst(), security.rateLimitPerMinute(), System::nanoTime));
            ApiErrors.install(cfg, PageRoutes::errorPage);
            api.register(cfg);
            cfg.staticFiles.add("/public", Location.CLASSPATH);
            cfg.routes.get("/health", ctx -> health(ctx, deps));
            PageRoutes.register(cfg.routes, deps, recommendations);
        });
    }

    /**
     * The threads that serve requests. Few are needed: a recommendation is CPU work and at most one per core runs at a
     * time ({@code ConcurrencyLimit}); with hundreds of threads every waiting request is read, parsed and held in the
     * heap, where a backlog survives young collections and makes each one slower. Requests beyond these threads wait
     * unread on their connections instead.
     */
    private static QueuedThreadPool requestThreads() {
        QueuedThreadPool threads = new QueuedThreadPool(REQUEST_THREADS, Math.min(8, REQUEST_THREADS), 60_000);
        threads.setName("smartpick-http");
        return threads;
    }

    /** Healthy only when the database answers and a catalog is stored; 503 otherwise. */
    private static void health(Context ctx, WebDependencies deps) throws JacksonException {
        Map<String, Object> body = new LinkedHashMap<>();
        boolean database = deps.database().isReachable();
        body.put("database", database ? "up" : "down");
        boolean healthy = database;
        if (database) {
            try {
                Catalog catalog = deps.catalog().current();
                body.put("programs", catalog.programs().size());
                body.put("catalogVersion", deps.catalog().version());
            } catch (RuntimeException e) {
                body.put("catalog", "not loaded: " + e.getMessage());
                healthy = false;
            }
        }
        body.put("status", healthy ? "ok" : "unavailable");
        ctx.status(healthy ? 200 : 503)
                .contentType("application/json")
                .result(Json.mapper().writeValueAsString(body));
    }
}
