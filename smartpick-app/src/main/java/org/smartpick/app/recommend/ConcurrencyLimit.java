package org.smartpick.app.recommend;

import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * At most a fixed number of computations at once, the rest waiting their turn in arrival order. A recommendation
 * is pure CPU work (several milliseconds and megabytes of short-lived objects): running more of them at once than
 * there are cores only slows every one of them down and keeps more of their objects alive at each garbage
 * collection, so under a burst every request finishes later than if they queued.
 */
public final class ConcurrencyLimit {
    private final int permits;
    private final Semaphore slots;

    public ConcurrencyLimit(int permits) {
        if (permits < 1) {
            throw new IllegalArgumentException("at least one computation must be allowed at a time, was " + permits);
        }
        this.permits = permits;
        this.slots = new Semaphore(permits, true);
    }

    /** One computation per available processor. */
    public static ConcurrencyLimit perProcessor() {
        return new ConcurrencyLimit(Runtime.getRuntime().availableProcessors());
    }

    public int permits() {
        return permits;
    }

    /** Runs the computation once a slot is free (waiting without giving up on interrupts), then frees the slot. */
    public <T> T run(Supplier<T> computation) {
        slots.acquireUninterruptibly();
        try {
            return computation.get();
        } finally {
            slots.release();
        }
    }
}
