package org.smartpick.app.recommend;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.smartpick.core.common.TaskRunner;

/**
 * The helper threads one process shares to shorten a recommendation: one fewer than the available processors (the
 * caller is the other), daemon threads so a CLI run ends when its work does. With one processor there are none and
 * everything runs on the caller. Under load {@link TaskRunner} offers them nothing and each recommendation runs on
 * its own thread.
 */
final class HelperThreads {
    private static final TaskRunner SHARED = create(Runtime.getRuntime().availableProcessors() - 1);

    private HelperThreads() {}

    static TaskRunner shared() {
        return SHARED;
    }

    private static TaskRunner create(int count) {
        if (count < 1) {
            return TaskRunner.callerOnly();
        }
        AtomicInteger number = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(count, work -> {
            Thread thread = new Thread(work, "smartpick-helper-" + number.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        return new TaskRunner(pool, count);
    }
}
