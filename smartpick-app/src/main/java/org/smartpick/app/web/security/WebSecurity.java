package org.smartpick.app.web.security;

import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.javalin.http.TooManyRequestsResponse;
import java.util.Map;

/**
 * Puts the server's safety in front of every route: security headers on every response, a per-client rate limit
 * and a cap on the declared body size (routes that read a body also cap what they actually read).
 */
public final class WebSecurity {
    /** No inline script or style, nothing framed, nothing loaded from elsewhere. */
    static final String CONTENT_SECURITY_POLICY =
            "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
                    + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    static final Map<String, String> HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY",
            "Cross-Origin-Opener-Policy", "same-origin");

    private WebSecurity() {}

    /** Registers the headers, the rate limit and the size cap; {@code limiter} is this instance's token buckets. */
    public static void install(JavalinConfig cfg, SecuritySettings settings, RateLimiter limiter) {
        cfg.http.maxRequestSize = settings.maxImportBytes();
        cfg.routes.before(ctx -> {
            HEADERS.forEach(ctx::header);
            limitDeclaredSize(ctx, settings);
        });
        // Only routes count against the limit: static files (styles, script, icon) are cheap and every page asks for
        // them, so users behind one NAT would run out; load balancers poll /health.
        cfg.routes.beforeMatched(ctx -> {
            if (isRoute(ctx) && !ctx.path().equals("/health")) {
                limitRate(ctx, limiter, clientAddress(ctx, settings));
            }
        });
    }

    /** Whether a route answers the request; before-matched handlers also run for static files, which no route serves. */
    private static boolean isRoute(Context ctx) {
        return ctx.endpoints().matchedHttpEndpoint() != null;
    }

    /** The largest body a route accepts: imports may be bigger than everything else. */
    public static int bodyLimitBytes(String path, SecuritySettings settings) {
        return path.startsWith("/api/v1/admin/") ? settings.maxImportBytes() : settings.maxBodyBytes();
    }

    /**
     * The address the rate limit counts against: the last entry of the configured header (the one the trusted load
     * balancer appended; earlier entries come from the client and may be forged), else the TCP peer.
     */
    static String clientAddress(Context ctx, SecuritySettings settings) {
        String peer = ctx.req().getRemoteAddr();
        return settings.clientAddressHeader()
                .map(ctx::header)
                .map(value -> {
                    String[] hops = value.split(",");
                    return hops[hops.length - 1].trim();
                })
                .filter(address -> !address.isEmpty())
                .orElse(peer);
    }

    private static void limitRate(Context ctx, RateLimiter limiter, String client) {
        RateLimiter.Decision decision = limiter.tryAcquire(client);
        if (!decision.allowed()) {
            ctx.header("Retry-After", String.valueOf(decision.retryAfterSeconds()));
            throw new TooManyRequestsResponse(
                    "too many requests from this address; retry after " + decision.retryAfterSeconds() + " s");
        }
    }

    private static void limitDeclaredSize(Context ctx, SecuritySettings settings) {
        int limit = bodyLimitBytes(ctx.path(), settings);
        long declared = ctx.req().getContentLengthLong();
        if (declared > limit) {
            RefusedBody.discard(ctx);
            throw new ContentTooLargeResponse(
                    "the request body is " + declared + " bytes; at most " + limit + " are accepted");
        }
    }
}
