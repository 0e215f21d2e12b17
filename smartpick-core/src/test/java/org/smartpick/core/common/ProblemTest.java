package org.smartpick.core.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProblemTest {
    @Test
    void clipEscapesNewlinesAndTerminalEscapesSoAProblemStaysOneLine() {
        assertThat(Problem.clip("observershipM\nths")).isEqualTo("observershipM\\u000aths");
        assertThat(Problem.clip("\u001b[31mred")).isEqualTo("\\u001b[31mred");
        assertThat(Problem.clip("right\u202Eleft")).isEqualTo("right\\u202eleft");
    }

    @Test
    void clipKeepsFortyCharactersOfLongText() {
        assertThat(Problem.clip("x".repeat(100))).isEqualTo("x".repeat(40) + "...");
    }

    @Test
    void clipLeavesOrdinaryTextAlone() {
        assertThat(Problem.clip("Médecine interne 140")).isEqualTo("Médecine interne 140");
    }
}
