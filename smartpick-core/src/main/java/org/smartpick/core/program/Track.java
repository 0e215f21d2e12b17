package org.smartpick.core.program;

/** The kind of position a program offers. */
public enum Track {
    CATEGORICAL,
    COMBINED,
    PRELIMINARY,
    ADVANCED,
    TRANSITIONAL,
    FELLOWSHIP
}
