package org.smartpick.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.smartpick.core.optimize.Candidate;

class IndistinguishableProgramsTest {
    private static Candidate candidate(String id, String code, double p) {
        return new Candidate(id, code, "2028-residency", id, 1.0, p, p, p);
    }

    @Test
    void chosenProgramsAlikeToOnesLeftOutAreCountedWithTheirTwins() {
        List<Candidate> candidates = List.of(
                candidate("1", "320", 0.02),
                candidate("2", "320", 0.02),
                candidate("3", "320", 0.02),
                candidate("4", "320", 0.03),
                candidate("5", "140", 0.02));

        assertThat(IndistinguishablePrograms.note(candidates, Set.of("1", "4", "5")))
                .contains("1 program in your list"
                        + " could not be told apart on the data we have from 2 programs left out (same specialty, fees, value and"
                        + " chances); the list took the lower ACGME ids among them, a repeatable but arbitrary choice: any of"
                        + " them would serve as well, so prefer by what you know of them.");
    }

    @Test
    void programsThatDifferInSpecialtyOrChanceAreToldApart() {
        List<Candidate> candidates =
                List.of(candidate("1", "320", 0.02), candidate("2", "140", 0.02), candidate("3", "320", 0.021));

        assertThat(IndistinguishablePrograms.note(candidates, Set.of("1"))).isEmpty();
        assertThat(IndistinguishablePrograms.note(candidates, Set.of("1", "2", "3")))
                .isEmpty();
    }
}
