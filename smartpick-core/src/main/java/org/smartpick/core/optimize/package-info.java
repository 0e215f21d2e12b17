/**
 * The application-list optimizer: under a budget in dollars and programs, it chooses the programs and their signals
 * that maximise P(at least one match) or expected utility under the one-factor correlation model. Exact dynamic
 * programs over fee buckets where the structure allows, otherwise greedy additions and local search over the
 * candidates' precomputed log-miss tables, with a node-wise upper bound that says how close the list is to the best
 * possible, and the diminishing-returns curve.
 */
package org.smartpick.core.optimize;
