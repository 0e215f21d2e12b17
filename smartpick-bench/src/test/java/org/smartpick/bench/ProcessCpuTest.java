package org.smartpick.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

    @Test
    void addsUserAndSystemTimeCountingFieldsFromTheLastParenthesis() {
        // A command name with a space and a parenthesis, as a process may name itself; utime 250, stime 30 ticks.
        String stat = "4242 (java (x) y) S 1 4242 4242 0 -1 4194560 100 0 0 0 250 30 0 0 20 0 40 0 12345 0 0";

        assertThat(ProcessCpu.parseSeconds(stat)).isCloseTo(280 / ProcessCpu.TICKS_PER_SECOND, within(1e-12));
    }

    @Test
    void readsThisProcessAndGrowsWhileItWorks() {
        double before = ProcessCpu.self().seconds().orElseThrow();
        long sum = 0;
        long end = System.nanoTime() + 300_000_000L;
        while (System.nanoTime() < end) {
            sum += Long.numberOfTrailingZeros(sum + System.nanoTime());
        }

        assertThat(ProcessCpu.self().seconds().orElseThrow()).as("sum %d", sum).isGreaterThan(before);
    }

    @Test
    void isUnknownForAProcessThatDoesNotExist() {
        assertThat(ProcessCpu.of(Long.MAX_VALUE).seconds()).isEmpty();
    }
}
