/**
 * JMH benchmarks (chances, portfolio, optimizer, whole recommendation over the shipped and a synthetic catalog) and
 * the open-model HTTP load generator used by {@code scripts/loadtest.sh}. Not part of the application; how to run
 * each is in {@code docs/benchmarks.md}.
 */
package org.smartpick.bench;
