package org.smartpick.core.optimize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A table of columns on demand works out its log-miss columns as the search reads them; they must hold the values of
 * the full table a reported list's optimizer fills at once, so that a what-if list is the list it was before.
 */
class LazyLogMissTest {
    @ParameterizedTest
    @ValueSource(doubles = {0, 0.3, 0.6})
    void columnsOnDemandEqualTheFullTables(double rho) {
        SplittableRandom random = new SplittableRandom(Double.hashCode(rho) + 7L);
        for (int trial = 0; trial < 30; trial++) {
            boolean signals = trial % 2 == 0;
            OptimizationRequest request =
                    RandomInstances.withUtilities(random, 40, Objective.EXPECTED_UTILITY, signals, rho);
            CandidateTable full = new CandidateTable(request);
            CandidateTable lazy = CandidateTable.columnsOnDemand(request);
            assertThat(lazy.logMiss.hasRows())
                    .as("a table of columns on demand fills no rows")
                    .isFalse();
            for (int option = SignalOption.NO_SIGNAL; option < SignalOption.COUNT; option++) {
                for (int j = 0; j < full.size; j++) {
                    if (!full.allows(j, option)) {
                        continue;
                    }
                    assertThat(lazy.logMiss.column(option, j))
                            .as("trial %d, option %d, candidate %d", trial, option, j)
                            .containsExactly(full.logMiss.column(option, j));
                    assertThat(lazy.logMiss.missColumn(option, j)).containsExactly(full.logMiss.missColumn(option, j));
                }
            }
        }
    }

    /** The same request optimized as a what-if (lazily) and, through the search alone, on the full table agree. */
    @ParameterizedTest
    @ValueSource(doubles = {0.3, 0.6})
    void aWhatIfSearchFindsTheSameListOnEitherTable(double rho) {
        SplittableRandom random = new SplittableRandom(Double.hashCode(rho) + 13L);
        for (int trial = 0; trial < 30; trial++) {
            Objective objective = trial % 2 == 0 ? Objective.AT_LEAST_ONE_MATCH : Objective.EXPECTED_UTILITY;
            OptimizationRequest request = RandomInstances.withUtilities(random, 30, objective, true, rho);
            Limits limits = new Limits(request.budget().maxPrograms().orElse(Integer.MAX_VALUE), Integer.MAX_VALUE);
            double[] values = new double[2];
            int[][] options = new int[2][];
            CandidateTable[] tables = {new CandidateTable(request), CandidateTable.columnsOnDemand(request)};
            for (int t = 0; t < 2; t++) {
                Search search = new Search(tables[t], objective);
                ListState state = new ListState(tables[t]);
                search.greedy(state, limits, Integer.MAX_VALUE);
                search.upgradeSignals(state, limits);
                values[t] = search.localSearch(state, limits, 1_000);
                options[t] = state.option.clone();
            }
            assertThat(options[1]).as("trial %d", trial).containsExactly(options[0]);
            assertThat(values[1]).isEqualTo(values[0]);
        }
    }
}
