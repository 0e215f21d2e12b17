package org.smartpick.core.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs independent tasks on the calling thread and on helper threads, and returns their results in task order.
 * Helpers are offered the tasks only while no other call is running: when several callers run at once (a server
 * under load) every processor is already busy, and sharing out one caller's tasks would only make it wait for a
 * helper that other work slows down. The caller always works too: it takes the next unstarted task until none is
 * left, then waits for the tasks helpers took; a helper that starts late finds nothing left and returns at once.
 * Tasks must not depend on each other; the results do not depend on which thread ran what.
 */
public final class TaskRunner {
    private static final TaskRunner CALLER_ONLY = new TaskRunner(Runnable::run, 0);

    private final Executor helpers;
    private final int helperCount;
    /** How many {@link #inOrder} calls are running now, on any thread. */
    private final AtomicInteger running = new AtomicInteger();

    /** Up to {@code helperCount} tasks at a time on {@code helpers} beside the caller. */
    public TaskRunner(Executor helpers, int helperCount) {
        if (helperCount < 0) {
            throw new IllegalArgumentException("helperCount must be 0 or more, was " + helperCount);
        }
        this.helpers = Objects.requireNonNull(helpers, "helpers");
        this.helperCount = helperCount;
    }

    /** Every task on the calling thread, in order. */
    public static TaskRunner callerOnly() {
        return CALLER_ONLY;
    }

    public int helperCount() {
        return helperCount;
    }

    /**
     * Each task's result, in task order. When tasks fail, the first failing task's exception (by task order) is
     * thrown once every started task has ended; a checked {@link Throwable} cannot occur, as suppliers throw none.
     */
    public <T> List<T> inOrder(List<? extends Supplier<? extends T>> tasks) {
        Batch<T> batch = new Batch<>(List.copyOf(tasks));
        try {
            boolean alone = running.incrementAndGet() == 1;
            int wanted = alone ? Math.min(helperCount, tasks.size() - 1) : 0;
            for (int i = 0; i < wanted; i++) {
                try {
                    helpers.execute(batch::work);
                } catch (RejectedExecutionException shutDown) {
                    break;
                }
            }
            batch.work();
            return batch.results();
        } finally {
            running.decrementAndGet();
        }
    }

    /** The results of two tasks of different types, in task order. */
    public record Both<A, B>(A first, B second) {}

    /** The results of {@code first} and {@code second}, two tasks run as {@link #inOrder} runs tasks. */
    public <A, B> Both<A, B> both(Supplier<? extends A> first, Supplier<? extends B> second) {
        Both<List<A>, B> results = both(first, second, List.of());
        return new Both<>(results.first().get(0), results.second());
    }

    /**
     * The results of {@code first}, {@code second} and each of {@code more}, tasks run in that order as one
     * {@link #inOrder} batch: the results of {@code first} and then of {@code more}, in task order, and the result of
     * {@code second}.
     */
    public <A, B> Both<List<A>, B> both(
            Supplier<? extends A> first, Supplier<? extends B> second, List<? extends Supplier<? extends A>> more) {
        // The second task leaves its result here; the batch's latch makes the write visible once inOrder returns.
        AtomicReference<B> secondResult = new AtomicReference<>();
        List<Supplier<? extends A>> batch = new ArrayList<>(2 + more.size());
        batch.add(first);
        batch.add(() -> {
            secondResult.set(second.get());
            return null;
        });
        batch.addAll(more);
        List<A> results = inOrder(batch);
        List<A> firstAndMore = new ArrayList<>(results.size() - 1);
        firstAndMore.add(results.get(0));
        firstAndMore.addAll(results.subList(2, results.size()));
        return new Both<>(Collections.unmodifiableList(firstAndMore), secondResult.get());
    }

    /** The tasks of one {@link #inOrder} call: who takes the next task, each result or failure, and how many ended. */
    private static final class Batch<T> {
        private final List<Supplier<? extends T>> tasks;
        private final List<T> results;
        private final Throwable[] failures;
        private final AtomicInteger next = new AtomicInteger();
        private final CountDownLatch ended;

        Batch(List<Supplier<? extends T>> tasks) {
            this.tasks = tasks;
            this.results = new ArrayList<>(Collections.nCopies(tasks.size(), null));
            this.failures = new Throwable[tasks.size()];
            this.ended = new CountDownLatch(tasks.size());
        }

        /** Takes and runs unstarted tasks until none is left. */
        void work() {
            for (int at = next.getAndIncrement(); at < tasks.size(); at = next.getAndIncrement()) {
                try {
                    results.set(at, tasks.get(at).get());
                } catch (RuntimeException | Error failure) {
                    failures[at] = failure;
                } finally {
                    ended.countDown();
                }
            }
        }

        /** The results once every task has ended (the latch makes the helpers' writes visible here). */
        List<T> results() {
            boolean interrupted = false;
            while (ended.getCount() > 0) {
                try {
                    ended.await();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
            for (Throwable failure : failures) {
                if (failure instanceof RuntimeException runtime) {
                    throw runtime;
                }
                if (failure instanceof Error error) {
                    throw error;
                }
            }
            return Collections.unmodifiableList(results);
        }
    }
}
