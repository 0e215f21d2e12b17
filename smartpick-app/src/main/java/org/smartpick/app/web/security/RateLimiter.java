package org.smartpick.app.web.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address, held in this instance's memory: each client may send {@code burst} requests
 * at once and then {@code perMinute} a minute. Several instances each keep their own buckets.
 */
public final class RateLimiter {
    private static final long NANOS_PER_MINUTE = 60_000_000_000L;
    /** Above this many tracked clients, buckets that have refilled completely are forgotten (they hold no debt). */
    private static final int MAX_TRACKED_CLIENTS = 10_000;

    private final int burst;
    private final double tokensPerNano;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** {@code nanoTime} is a monotonic clock in nanoseconds ({@code System::nanoTime} in the server). */
    public RateLimiter(int burst, int perMinute, LongSupplier nanoTime) {
        if (burst < 1 || perMinute < 1) {
            throw new IllegalArgumentException("burst and perMinute must be >= 1, were " + burst + " and " + perMinute);
        }
        this.burst = burst;
        this.tokensPerNano = perMinute / (double) NANOS_PER_MINUTE;
        this.nanoTime = nanoTime;
    }

    /** The decision for one request: allowed, or refused with the seconds until a token is available. */
    public record Decision(boolean allowed, long retryAfterSeconds) {}

    /** Takes one token from the client's bucket when it has one. */
    public Decision tryAcquire(String client) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > MAX_TRACKED_CLIENTS) {
            forgetFullBuckets(now);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(burst, now));
        synchronized (bucket) {
            bucket.refill(now, burst, tokensPerNano);
            if (bucket.tokens >= 1) {
                bucket.tokens -= 1;
                return new Decision(true, 0);
            }
            double nanosToNextToken = (1 - bucket.tokens) / tokensPerNano;
            return new Decision(false, Math.max(1, (long) Math.ceil(nanosToNextToken / 1e9)));
        }
    }

    private void forgetFullBuckets(long now) {
        buckets.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                e.getValue().refill(now, burst, tokensPerNano);
                return e.getValue().tokens >= burst;
            }
        });
    }

    private static final class Bucket {
        private double tokens;
        private long lastNanos;

        Bucket(double tokens, long lastNanos) {
            this.tokens = tokens;
            this.lastNanos = lastNanos;
        }

        void refill(long now, int capacity, double tokensPerNano) {
            long elapsed = Math.max(0, now - lastNanos);
            tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
            lastNanos = now;
        }
    }
}
