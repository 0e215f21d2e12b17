package org.smartpick.core.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntToDoubleFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The candidate table's per-group orders for signals (by the chance with the signal, and by what the signal adds)
 * equal a comparator sort, both when a signal keeps the order by chance (odds multiplied alike, the order is reused)
 * and when it does not (random lifts, the table sorts again).
 */
class SignalOrderTest {

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void signalOrdersMatchAComparatorSortWhetherOrNotTheyKeepTheOrderByChance(boolean oddsMultipliedAlike) {
        SplittableRandom random = new SplittableRandom(oddsMultipliedAlike ? 17 : 19);
        for (int trial = 0; trial < 100; trial++) {
            int m = 5 + random.nextInt(200);
            List<Candidate> candidates = oddsMultipliedAlike
                    ? oddsMultiplied(random, m)
                    : RandomInstances.candidates(random, m, trial % 2 == 0, true);
            Objective objective = trial % 2 == 0 ? Objective.EXPECTED_UTILITY : Objective.AT_LEAST_ONE_MATCH;
            CandidateTable table = new CandidateTable(RandomInstances.request(
                    candidates, RandomInstances.budget(random, m), objective, RandomInstances.signalRules(true), 0.3));
            for (int option = SignalOption.ORDINARY; option <= SignalOption.GOLD; option++) {
                int o = option;
                for (int g = 0; g < table.groups(); g++) {
                    int[] members = members(table, g, option);
                    assertThat(table.sortedByOption[option][g])
                            .as("trial %d option %d group %d by chance", trial, option, g)
                            .containsExactly(bestFirst(members, j -> table.candidates[j].chance(o)));
                    assertThat(table.sortedBySignalGain[option][g])
                            .as("trial %d option %d group %d by gain", trial, option, g)
                            .containsExactly(bestFirst(
                                    members,
                                    j -> Math.log1p(-table.candidates[j].p())
                                            - Math.log1p(-table.candidates[j].chance(o))));
                }
            }
        }
    }

    /** Candidates whose signal multiplies the odds of matching by the same factors everywhere, with repeated chances. */
    private static List<Candidate> oddsMultiplied(SplittableRandom random, int m) {
        double[] pool = random.doubles(1 + random.nextInt(m), 0.01, 0.7).toArray();
        List<Candidate> candidates = new ArrayList<>();
        for (Candidate c : RandomInstances.candidates(random, m, true, true)) {
            double p = pool[random.nextInt(pool.length)];
            candidates.add(new Candidate(
                    c.programId(),
                    c.specialtyCode(),
                    c.feeGroup(),
                    c.institutionKey(),
                    c.utility(),
                    p,
                    lifted(p, 2),
                    lifted(p, 3)));
        }
        return candidates;
    }

    private static double lifted(double p, double oddsFactor) {
        double odds = oddsFactor * p / (1 - p);
        return odds / (1 + odds);
    }

    /** The members of group g whose bucket allows the option, in index order; none where it is not allowed. */
    private static int[] members(CandidateTable table, int g, int option) {
        return IntStream.range(0, table.size)
                .filter(j -> table.group(j) == g && table.allows(j, option))
                .toArray();
    }

    private static int[] bestFirst(int[] members, IntToDoubleFunction key) {
        return IntStream.of(members)
                .boxed()
                .sorted(Comparator.<Integer>comparingDouble(key::applyAsDouble)
                        .reversed()
                        .thenComparingInt(j -> j))
                .mapToInt(Integer::intValue)
                .toArray();
    }
}
