/**
 * The application-list optimizer: under a budget in dollars and programs, it chooses the programs and their signals
 * that maximise P(at least one match) or expected utility under the one-factor correlation model. Two entry points:
 * {@link org.smartpick.core.optimize.ApplicationOptimizer#optimize} for the full plan (list, upper bound, marginal
 * gains, curve) and {@link org.smartpick.core.optimize.ApplicationOptimizer#whatIfList} for the list a what-if
 * compares. Exact dynamic programs over fee buckets where the structure allows; otherwise greedy additions and local
 * search by moves (one or two changes of a candidate's signal option: not selected, no signal, ordinary or gold) over
 * the candidates' precomputed log-miss tables, with a node-wise upper bound that says how close the list is to the
 * best possible, and the diminishing-returns curve. See {@code docs/optimizer.md}.
 */
package org.smartpick.core.optimize;
