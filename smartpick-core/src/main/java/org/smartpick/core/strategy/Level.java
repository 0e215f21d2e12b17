package org.smartpick.core.strategy;

/** Where one part of a profile stands; UNKNOWN when the profile does not say. */
public enum Level {
    STRONG,
    AVERAGE,
    WEAK,
    UNKNOWN
}
