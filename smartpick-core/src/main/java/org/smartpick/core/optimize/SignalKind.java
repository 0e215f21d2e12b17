package org.smartpick.core.optimize;

/** Whether and how a selected program is signalled. */
public enum SignalKind {
    NONE,
    GOLD,
    SILVER,
    SIGNAL
}
