package org.smartpick.app.web.security;

import java.util.Map;
import java.util.Optional;

/**
 * The server's safety limits: the largest request body in bytes (and the larger one for admin catalog imports),
 * the per-client token bucket (capacity in requests, refill in requests per minute) and the admin token that
 * enables catalog imports over HTTP (absent: the import endpoint answers 404), and the header a trusted load balancer
 * puts the client address in (absent: the TCP peer address is the client).
 */
public record SecuritySettings(
        int maxBodyBytes,
        int maxImportBytes,
        int rateLimitBurst,
        int rateLimitPerMinute,
        Optional<String> adminToken,
        Optional<String> clientAddressHeader) {
    public static final int DEFAULT_MAX_BODY_BYTES = 256 * 1024;
    public static final int DEFAULT_MAX_IMPORT_BYTES = 32 * 1024 * 1024;
    public static final int DEFAULT_RATE_LIMIT_BURST = 60;
    public static final int DEFAULT_RATE_LIMIT_PER_MINUTE = 120;
    /** Shorter tokens are refused: they could be guessed. */
    public static final int MIN_ADMIN_TOKEN_LENGTH = 16;

    public SecuritySettings {
        requireRange("maxBodyBytes", maxBodyBytes, 1024, Integer.MAX_VALUE);
        requireRange("maxImportBytes", maxImportBytes, maxBodyBytes, Integer.MAX_VALUE);
        requireRange("rateLimitBurst", rateLimitBurst, 1, 1_000_000);
        requireRange("rateLimitPerMinute", rateLimitPerMinute, 1, 1_000_000);
        adminToken = adminToken.filter(t -> !t.isBlank()).map(String::trim);
        clientAddressHeader = clientAddressHeader.filter(h -> !h.isBlank()).map(String::trim);
        adminToken.ifPresent(t -> {
            if (t.length() < MIN_ADMIN_TOKEN_LENGTH) {
                throw new IllegalArgumentException("SMARTPICK_ADMIN_TOKEN must be at least " + MIN_ADMIN_TOKEN_LENGTH
                        + " characters, was " + t.length());
            }
        });
    }

    /** The defaults: 256 KiB bodies, 32 MiB imports, bursts of 60 then 120 requests a minute, no admin token. */
    public static SecuritySettings defaults() {
        return new SecuritySettings(
                DEFAULT_MAX_BODY_BYTES,
                DEFAULT_MAX_IMPORT_BYTES,
                DEFAULT_RATE_LIMIT_BURST,
                DEFAULT_RATE_LIMIT_PER_MINUTE,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Reads SMARTPICK_MAX_BODY_BYTES, SMARTPICK_MAX_IMPORT_BYTES, SMARTPICK_RATE_LIMIT_BURST,
     * SMARTPICK_RATE_LIMIT_PER_MINUTE, SMARTPICK_ADMIN_TOKEN and SMARTPICK_CLIENT_ADDRESS_HEADER; unset means the default, a bad value throws naming
     * the variable.
     */
    public static SecuritySettings fromEnvironment(Map<String, String> env) {
        return new SecuritySettings(
                number(env, "SMARTPICK_MAX_BODY_BYTES", DEFAULT_MAX_BODY_BYTES),
                number(env, "SMARTPICK_MAX_IMPORT_BYTES", DEFAULT_MAX_IMPORT_BYTES),
                number(env, "SMARTPICK_RATE_LIMIT_BURST", DEFAULT_RATE_LIMIT_BURST),
                number(env, "SMARTPICK_RATE_LIMIT_PER_MINUTE", DEFAULT_RATE_LIMIT_PER_MINUTE),
                Optional.ofNullable(env.get("SMARTPICK_ADMIN_TOKEN")),
                Optional.ofNullable(env.get("SMARTPICK_CLIENT_ADDRESS_HEADER")));
    }

    public SecuritySettings withRateLimit(int burst, int perMinute) {
        return new SecuritySettings(maxBodyBytes, maxImportBytes, burst, perMinute, adminToken, clientAddressHeader);
    }

    public SecuritySettings withAdminToken(String token) {
        return new SecuritySettings(
                maxBodyBytes,
                maxImportBytes,
                rateLimitBurst,
                rateLimitPerMinute,
                Optional.of(token),
                clientAddressHeader);
    }

    public SecuritySettings withClientAddressHeader(String header) {
        return new SecuritySettings(
                maxBodyBytes, maxImportBytes, rateLimitBurst, rateLimitPerMinute, adminToken, Optional.of(header));
    }

    private static int number(Map<String, String> env, String name, int absent) {
        String text = env.get(name);
        if (text == null || text.isBlank()) {
            return absent;
        }
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a whole number, was '" + text + "'");
        }
    }

    private static void requireRange(String name, int value, int min, int max) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must be " + min + ".." + max + ", was " + value);
        }
    }
}
