package org.smartpick.core.optimize;

/** The budget as the optimizer applies it: programs in total and dollars for program fees (one-off fees taken out). */
record Limits(int maxPrograms, int maxProgramUsd) {}
