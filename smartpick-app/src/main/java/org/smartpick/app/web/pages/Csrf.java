package org.smartpick.app.web.pages;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * CSRF protection by double submit: a random token in a SameSite=Strict cookie and the same token in each form that
 * changes state; a request is accepted only when both are present and equal. Stateless, so any instance behind a
 * load balancer can check it.
 */
final class Csrf {
    static final String COOKIE = "smartpick_csrf";
    static final String FIELD = "csrf";
    private static final int TOKEN_BYTES = 32;

    private final SecureRandom random;

    Csrf(SecureRandom random) {
        this.random = random;
    }

    /** The token for the forms on this page: the browser's cookie when it has a valid one, else a new one set now. */
    String tokenFor(Context ctx) {
        String existing = ctx.cookie(COOKIE);
        if (SavedProfiles.wellFormed(existing)) {
            return existing;
        }
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ctx.cookie(new Cookie(COOKIE, token, "/", -1, "https".equals(ctx.scheme()), true, null, SameSite.STRICT));
        return token;
    }

    /** Whether the form's token matches the cookie's. */
    boolean accepts(Context ctx) {
        String cookie = ctx.cookie(COOKIE);
        String field = ctx.formParam(FIELD);
        return SavedProfiles.wellFormed(cookie)
                && field != null
                && MessageDigest.isEqual(
                        cookie.getBytes(StandardCharsets.US_ASCII), field.getBytes(StandardCharsets.US_ASCII));
    }
}
