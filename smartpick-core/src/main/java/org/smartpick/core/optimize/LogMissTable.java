package org.smartpick.core.optimize;

import static org.smartpick.core.optimize.SignalOption.COUNT;
import static org.smartpick.core.optimize.SignalOption.NO_SIGNAL;

import org.smartpick.core.portfolio.LatentFactorModel;

/**
 * The candidates' miss chances per option and quadrature node, log(1 - p_j(theta_k)), which the search sums per
 * level: either the whole table of rows, filled at once for the options a candidate's specialty allows (what the node
 * relaxation reads), or only columns, worked out as the search reads them ({@link #onDemand}: greedy and local search
 * score only the few best members of each group). Either way a column holds the same values, and the miss chances
 * themselves (the columns' exponentials, which let a move be scored by products) are worked out per candidate and
 * option on first use.
 */
final class LogMissTable {
    private static final double MAX_CHANCE = 1 - 1e-12;

    private final Candidate[] candidates;
    private final LatentFactorModel model;
    private final int nodes;
    private final int size;
    /**
     * rows[option][node][candidate] = log(1 - p_j(theta_k)), or null when columns are worked out on demand; rows of
     * options a candidate's specialty does not allow hold 0 and are never read.
     */
    private final double[][][] rows;
    /** columns[option][candidate][node] = log(1 - p_j(theta_k)), worked out on first use by {@link #column}. */
    private final double[][][] columns;
    /** missColumns[option][candidate][node] = 1 - p_j(theta_k), worked out on first use by {@link #missColumn}. */
    private final double[][][] missColumns;

    private LogMissTable(CandidateTable table, LatentFactorModel model, boolean wholeTable) {
        candidates = table.candidates;
        this.model = model;
        nodes = table.nodes;
        size = table.size;
        rows = wholeTable ? new double[COUNT][][] : null;
        columns = new double[COUNT][size][];
        missColumns = new double[COUNT][size][];
        if (wholeTable) {
            fillRows(table);
        }
    }

    /** The whole table of the table's candidates, every row filled. */
    static LogMissTable whole(CandidateTable table, LatentFactorModel model) {
        return new LogMissTable(table, model, true);
    }

    /** A table of the table's candidates whose columns are worked out as they are read; it has no rows. */
    static LogMissTable onDemand(CandidateTable table, LatentFactorModel model) {
        return new LogMissTable(table, model, false);
    }

    /** Whether the rows are filled (else only {@link #column} and {@link #missColumn} may be read). */
    boolean hasRows() {
        return rows != null;
    }

    /** log(1 - p_j(theta_k)) per candidate j at node k under the option, for a table with rows. */
    double[] row(int option, int node) {
        return rows[option][node];
    }

    /**
     * 1 - p_j(theta_k) per node k for candidate j under the option (one it may take), the exponential of its log-miss
     * column, worked out once.
     */
    double[] missColumn(int option, int j) {
        double[] column = missColumns[option][j];
        if (column == null) {
            double[] logs = column(option, j);
            column = new double[nodes];
            for (int k = 0; k < nodes; k++) {
                column[k] = Math.exp(logs[k]);
            }
            missColumns[option][j] = column;
        }
        return column;
    }

    /**
     * log(1 - p_j(theta_k)) per node k for candidate j under the option (one it may take), worked out once: read from
     * the full table where there is one, else from the model (the same values the full table would hold).
     */
    double[] column(int option, int j) {
        double[] column = columns[option][j];
        if (column == null) {
            if (rows != null) {
                column = new double[nodes];
                for (int k = 0; k < nodes; k++) {
                    column[k] = rows[option][k][j];
                }
            } else {
                column = model.logMissColumn(candidates[j].chance(option), MAX_CHANCE);
            }
            columns[option][j] = column;
        }
        return column;
    }

    /**
     * Fills rows[option] with log(1 - p_j(theta_k)) for the options in use, for the candidates that may take the
     * option (others keep 0 and are never read). Each distinct chance is looked up once in the model's table: the
     * same chance gives the same conditional chances.
     */
    private void fillRows(CandidateTable table) {
        int usedOptions = table.optionsInUse();
        double[] chances = new double[size * usedOptions];
        int n = 0;
        for (int option = NO_SIGNAL; option < usedOptions; option++) {
            for (int j = 0; j < size; j++) {
                if (table.allows(j, option)) {
                    chances[n++] = candidates[j].chance(option);
                }
            }
        }
        DistinctValues distinct = DistinctValues.inFirstSeenOrder(chances, n);
        int[][] place = new int[usedOptions][size];
        n = 0;
        for (int option = NO_SIGNAL; option < usedOptions; option++) {
            rows[option] = new double[nodes][size];
            for (int j = 0; j < size; j++) {
                place[option][j] = table.allows(j, option) ? distinct.place(n++) : -1;
            }
        }
        // Each node's values of the distinct chances go straight to their candidates: no second table.
        model.logMissRows(distinct.values(), MAX_CHANCE, (k, values) -> {
            for (int option = NO_SIGNAL; option < usedOptions; option++) {
                double[] logRow = rows[option][k];
                int[] at = place[option];
                for (int j = 0; j < size; j++) {
                    if (at[j] >= 0) {
                        logRow[j] = values[at[j]];
                    }
                }
            }
        });
    }

    /** log(1 - p_j) under each option as if outcomes were independent: what ranks signal upgrades. */
    static double[][] independent(Candidate[] candidates) {
        int size = candidates.length;
        double[][] logs = new double[COUNT][size];
        for (int option = NO_SIGNAL; option < COUNT; option++) {
            for (int j = 0; j < size; j++) {
                logs[option][j] = LatentFactorModel.independentLogMiss(candidates[j].chance(option), MAX_CHANCE);
            }
        }
        return logs;
    }
}
