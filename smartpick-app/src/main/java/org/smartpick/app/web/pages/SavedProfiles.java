package org.smartpick.app.web.pages;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;

/**
 * Profiles the applicant chose to save, by an unguessable token (256 random bits, URL-safe), each with an expiry.
 * Only the profile JSON is kept; the recommendation is recomputed when the link is opened.
 */
final class SavedProfiles {
    static final Duration KEEP = Duration.ofDays(30);
    private static final int TOKEN_BYTES = 32;

    private final Jdbi jdbi;
    private final SecureRandom random;

    SavedProfiles(Jdbi jdbi, SecureRandom random) {
        this.jdbi = jdbi;
        this.random = random;
    }

    /** A saved profile's token and when it expires. */
    record Saved(String token, Instant expiresAt) {}

    /** A saved profile as read back. */
    record Found(String profileJson, Instant expiresAt) {}

    Saved save(String profileJson, Instant now) {
        String token = newToken();
        Instant expires = now.plus(KEEP);
        jdbi.useTransaction(h -> {
            h.createUpdate("DELETE FROM saved_profile WHERE expires_at < :now")
                    .bind("now", utc(now))
                    .execute();
            h.createUpdate("INSERT INTO saved_profile (token, profile_json, created_at, expires_at) "
                            + "VALUES (:token, :json, :created, :expires)")
                    .bind("token", token)
                    .bind("json", profileJson)
                    .bind("created", utc(now))
                    .bind("expires", utc(expires))
                    .execute();
        });
        return new Saved(token, expires);
    }

    /** The profile saved under this token, unless it has expired or was deleted. */
    Optional<Found> find(String token, Instant now) {
        if (!wellFormed(token)) {
            return Optional.empty();
        }
        return jdbi.withHandle(h -> h.createQuery("SELECT profile_json, expires_at FROM saved_profile "
                        + "WHERE token = :token AND expires_at >= :now")
                .bind("token", token)
                .bind("now", utc(now))
                .map((rs, ctx) -> new Found(
                        rs.getString("profile_json"),
                        rs.getObject("expires_at", OffsetDateTime.class).toInstant()))
                .findOne());
    }

    /** Deletes the saved profile; true when there was one. */
    boolean delete(String token) {
        if (!wellFormed(token)) {
            return false;
        }
        return jdbi.withHandle(h -> h.createUpdate("DELETE FROM saved_profile WHERE token = :token")
                        .bind("token", token)
                        .execute())
                > 0;
    }

    static boolean wellFormed(String token) {
        return token != null && token.matches("[A-Za-z0-9_-]{43}");
    }

    private String newToken() {
        byte[] bytes = new byte[TOKEN_BYTES];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
