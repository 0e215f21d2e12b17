package org.smartpick.app.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConcurrencyLimitTest {
    @Test
    void aSecondComputationWaitsUntilTheOnlySlotIsFree() throws Exception {
        ConcurrencyLimit limit = new ConcurrencyLimit(1);
        CountDownLatch firstRunning = new CountDownLatch(1);
        CountDownLatch releaseFirst = new CountDownLatch(1);
        AtomicInteger secondStarted = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<String> first = pool.submit(() -> limit.run(() -> {
                firstRunning.countDown();
                await(releaseFirst);
                return "first";
            }));
            assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
            Future<String> second = pool.submit(() -> limit.run(() -> {
                secondStarted.incrementAndGet();
                return "second";
            }));
            Thread.sleep(200);
            assertThat(secondStarted).hasValue(0);
            releaseFirst.countDown();
            assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("first");
            assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("second");
            assertThat(secondStarted).hasValue(1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void manyCallersNeverRunMoreThanThePermitsAtOnceAndAllFinish() throws Exception {
        ConcurrencyLimit limit = new ConcurrencyLimit(2);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                int n = i;
                results.add(pool.submit(() -> limit.run(() -> {
                    most.accumulateAndGet(running.incrementAndGet(), Math::max);
                    sleepQuietly(2);
                    running.decrementAndGet();
                    return n;
                })));
            }
            int sum = 0;
            for (Future<Integer> result : results) {
                sum += result.get(30, TimeUnit.SECONDS);
            }
            assertThat(sum).isEqualTo(39 * 40 / 2);
            assertThat(most.get()).isBetween(1, 2);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aSlotIsFreedWhenTheComputationThrows() {
        ConcurrencyLimit limit = new ConcurrencyLimit(1);
        assertThatThrownBy(() -> limit.run(() -> {
                    throw new IllegalStateException("boom");
                }))
                .hasMessage("boom");
        assertThat(limit.run(() -> "after")).isEqualTo("after");
    }

    @Test
    void atLeastOnePermitIsRequired() {
        assertThatThrownBy(() -> new ConcurrencyLimit(0)).hasMessageContaining("at least one");
        assertThat(ConcurrencyLimit.perProcessor().permits())
                .isEqualTo(Runtime.getRuntime().availableProcessors());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
