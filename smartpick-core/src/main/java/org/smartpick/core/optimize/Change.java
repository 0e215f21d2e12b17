package org.smartpick.core.optimize;

/** One candidate's option before and after a move: -1 not selected, 0 applied, 1 ordinary signal, 2 gold signal. */
record Change(int candidate, int from, int to) {}
