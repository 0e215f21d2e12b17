package org.smartpick.app.web.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private static final long SECOND = 1_000_000_000L;
    private final AtomicLong now = new AtomicLong(0);

    @Test
    void aNewClientMayUseItsWholeBurstAtOnce() {
        RateLimiter limiter = new RateLimiter(5, 60, now::get);

        for (int i = 0; i < 5; i++) {
            assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        }
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void tokensComeBackAtTheRatePerMinute() {
        RateLimiter limiter = new RateLimiter(1, 60, now::get);
        limiter.tryAcquire("a");

        RateLimiter.Decision refused = limiter.tryAcquire("a");
        now.addAndGet(SECOND);

        assertThat(refused).isEqualTo(new RateLimiter.Decision(false, 1));
        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
    }

    @Test
    void retryAfterSaysHowLongUntilTheNextToken() {
        RateLimiter limiter = new RateLimiter(1, 2, now::get);
        limiter.tryAcquire("a");

        assertThat(limiter.tryAcquire("a").retryAfterSeconds()).isEqualTo(30);
    }

    @Test
    void clientsHaveSeparateBuckets() {
        RateLimiter limiter = new RateLimiter(1, 1, now::get);

        assertThat(limiter.tryAcquire("a").allowed()).isTrue();
        assertThat(limiter.tryAcquire("b").allowed()).isTrue();
        assertThat(limiter.tryAcquire("a").allowed()).isFalse();
    }

    @Test
    void idleTimeNeverBanksMoreThanTheBurst() {
        RateLimiter limiter = new RateLimiter(2, 60, now::get);
        now.addAndGet(3600 * SECOND);

        int allowed = 0;
        for (int i = 0; i < 10; i++) {
            allowed += limiter.tryAcquire("a").allowed() ? 1 : 0;
        }

        assertThat(allowed).isEqualTo(2);
    }

    /** Over any run of requests, a client gets at most the burst plus what the rate refilled. */
    @RepeatedTest(20)
    void allowedRequestsNeverExceedBurstPlusRefill() {
        Random random = new Random(now.get() + System.identityHashCode(this));
        int burst = 1 + random.nextInt(10);
        int perMinute = 1 + random.nextInt(600);
        RateLimiter limiter = new RateLimiter(burst, perMinute, now::get);
        long allowed = 0;
        for (int i = 0; i < 2_000; i++) {
            now.addAndGet((long) (random.nextDouble() * SECOND / 4));
            allowed += limiter.tryAcquire("a").allowed() ? 1 : 0;
        }

        double refill = now.get() / (60.0 * SECOND) * perMinute;
        assertThat((double) allowed).isLessThanOrEqualTo(burst + refill + 1e-9);
    }

    @Test
    void refusesANonPositiveRate() {
        assertThatThrownBy(() -> new RateLimiter(0, 10, now::get)).hasMessageContaining("burst");
    }
}
