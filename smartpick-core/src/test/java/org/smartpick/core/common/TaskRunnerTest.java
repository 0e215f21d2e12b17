package org.smartpick.core.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TaskRunnerTest {
    private final ExecutorService pool = Executors.newFixedThreadPool(3);

    @AfterEach
    void stopPool() {
        pool.shutdownNow();
    }

    private static List<Supplier<Integer>> squares(int count) {
        List<Supplier<Integer>> tasks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int n = i;
            tasks.add(() -> n * n);
        }
        return tasks;
    }

    @Test
    void resultsComeInTaskOrderWhicheverThreadRanEachTask() {
        TaskRunner runner = new TaskRunner(pool, 3);
        for (int round = 0; round < 200; round++) {
            assertThat(runner.inOrder(squares(25)))
                    .containsExactly(
                            0, 1, 4, 9, 16, 25, 36, 49, 64, 81, 100, 121, 144, 169, 196, 225, 256, 289, 324, 361, 400,
                            441, 484, 529, 576);
        }
    }

    @Test
    void freeHelpersTakeTasksBesideTheCaller() throws InterruptedException {
        TaskRunner runner = new TaskRunner(pool, 1);
        CountDownLatch bothStarted = new CountDownLatch(2);
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        Supplier<Integer> waitForTheOther = () -> {
            threads.add(Thread.currentThread());
            bothStarted.countDown();
            try {
                // Only returns true when the two tasks run at the same time, on two threads.
                return bothStarted.await(10, TimeUnit.SECONDS) ? 1 : 0;
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        };

        assertThat(runner.inOrder(List.of(waitForTheOther, waitForTheOther))).containsExactly(1, 1);
        assertThat(threads).hasSize(2).contains(Thread.currentThread());
    }

    @Test
    void theCallerRunsEveryTaskWhenTheHelpersAreBusy() throws InterruptedException {
        ExecutorService single = Executors.newSingleThreadExecutor();
        CountDownLatch release = new CountDownLatch(1);
        single.execute(() -> {
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        List<Supplier<Thread>> tasks = List.of(Thread::currentThread, Thread::currentThread, Thread::currentThread);

        List<Thread> ranOn = new TaskRunner(single, 1).inOrder(tasks);

        assertThat(ranOn).containsOnly(Thread.currentThread());
        release.countDown();
        single.shutdown();
        assertThat(single.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aCallMadeWhileAnotherRunsKeepsItsTasksOnItsCaller() {
        TaskRunner runner = new TaskRunner(pool, 3);
        Supplier<Thread> slowTask = () -> {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return Thread.currentThread();
        };
        // The outer call has one task, so it offers none to the idle helpers; the inner call runs while it does.
        Supplier<List<Thread>> inner = () -> runner.inOrder(List.of(slowTask, slowTask, slowTask, slowTask));

        List<List<Thread>> ranOn = runner.inOrder(List.of(inner));

        assertThat(ranOn.get(0)).containsOnly(Thread.currentThread());
    }

    @Test
    void theFirstFailingTaskByOrderIsThrownAfterTheOthersEnded() {
        TaskRunner runner = new TaskRunner(pool, 3);
        List<Supplier<Integer>> tasks = List.of(
                () -> 1,
                () -> {
                    throw new IllegalStateException("task 2 failed");
                },
                () -> {
                    throw new IllegalArgumentException("task 3 failed");
                },
                () -> 4);

        for (int round = 0; round < 50; round++) {
            assertThatThrownBy(() -> runner.inOrder(tasks))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("task 2 failed");
        }
    }

    @Test
    void aHelperPoolThatRefusesWorkLeavesItToTheCaller() {
        TaskRunner runner = new TaskRunner(
                work -> {
                    throw new RejectedExecutionException("shut down");
                },
                2);

        assertThat(runner.inOrder(squares(4))).containsExactly(0, 1, 4, 9);
    }

    @Test
    void callerOnlyRunsTasksOneAfterAnotherOnTheCaller() {
        List<Thread> ranOn = TaskRunner.callerOnly()
                .inOrder(List.<Supplier<Thread>>of(Thread::currentThread, Thread::currentThread));

        assertThat(ranOn).containsOnly(Thread.currentThread());
        assertThat(TaskRunner.callerOnly().inOrder(List.<Supplier<Integer>>of()))
                .isEmpty();
    }

    @Test
    void bothGivesTwoResultsOfDifferentTypesInTaskOrder() {
        TaskRunner runner = new TaskRunner(pool, 3);
        for (int round = 0; round < 50; round++) {
            TaskRunner.Both<Integer, String> both = runner.both(() -> 7, () -> "seven");

            assertThat(both).isEqualTo(new TaskRunner.Both<>(7, "seven"));
        }
    }

    @Test
    void bothWithMoreKeepsTheFirstAndTheMoreInTaskOrderBesideTheSecond() {
        TaskRunner runner = new TaskRunner(pool, 3);
        for (int round = 0; round < 50; round++) {
            TaskRunner.Both<List<Integer>, String> both = runner.both(() -> -1, () -> "second", squares(6));

            assertThat(both.first()).containsExactly(-1, 0, 1, 4, 9, 16, 25);
            assertThat(both.second()).isEqualTo("second");
        }
    }

    @Test
    void bothRunsItsTasksAsOneBatchOfTheCallerOnlyRunnerInOrder() {
        List<String> ran = new ArrayList<>();
        TaskRunner.Both<List<String>, String> both = TaskRunner.callerOnly()
                .both(
                        () -> record(ran, "first"),
                        () -> record(ran, "second"),
                        List.<Supplier<String>>of(() -> record(ran, "third"), () -> record(ran, "fourth")));

        assertThat(ran).containsExactly("first", "second", "third", "fourth");
        assertThat(both).isEqualTo(new TaskRunner.Both<>(List.of("first", "third", "fourth"), "second"));
    }

    @Test
    void bothThrowsTheFirstFailingTaskByOrder() {
        TaskRunner runner = new TaskRunner(pool, 3);

        assertThatThrownBy(() -> runner.both(
                        () -> 1,
                        () -> {
                            throw new IllegalStateException("second failed");
                        },
                        List.<Supplier<Integer>>of(() -> {
                            throw new IllegalArgumentException("third failed");
                        })))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("second failed");
    }

    private static String record(List<String> ran, String task) {
        ran.add(task);
        return task;
    }

    @Test
    void aNegativeHelperCountIsRefusedNamingTheValue() {
        assertThatThrownBy(() -> new TaskRunner(pool, -1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("helperCount must be 0 or more, was -1");
    }
}
