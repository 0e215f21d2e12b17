package org.smartpick.app.web.security;

import io.javalin.http.ForbiddenResponse;
import io.javalin.http.NotFoundResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Guards admin routes with the token from SMARTPICK_ADMIN_TOKEN, sent as {@code Authorization: Bearer <token>}.
 * Without a configured token the admin routes do not exist (404); with a wrong or missing token they refuse (403).
 */
public final class AdminToken {
    private static final String BEARER = "Bearer ";
    private final Optional<byte[]> expected;

    public AdminToken(Optional<String> token) {
        this.expected = token.map(t -> t.getBytes(StandardCharsets.UTF_8));
    }

    /** Returns when the header carries the configured token; throws 404 or 403 otherwise. */
    public void require(String authorizationHeader) {
        if (expected.isEmpty()) {
            throw new NotFoundResponse(
                    "no such endpoint: catalog imports over HTTP are off (set SMARTPICK_ADMIN_TOKEN)");
        }
        String header = authorizationHeader == null ? "" : authorizationHeader.trim();
        byte[] given = header.startsWith(BEARER)
                ? header.substring(BEARER.length()).trim().getBytes(StandardCharsets.UTF_8)
                : new byte[0];
        // Constant-time comparison: the time taken says nothing about how much of the token was right.
        if (!MessageDigest.isEqual(expected.get(), given)) {
            throw new ForbiddenResponse(
                    "a valid admin token is required (Authorization: Bearer <SMARTPICK_ADMIN_TOKEN>)");
        }
    }
}
