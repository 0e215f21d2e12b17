package org.smartpick.core.optimize;

/**
 * How a candidate stands on a list, as the optimizer's arrays hold it: not selected, or applied to with no signal,
 * an ordinary signal or a gold signal. A selected option is an int that indexes the per-option tables (log-miss
 * rows, sorted groups, gain bounds), so the search's loops read it without a lookup; these constants name it, and
 * {@link #kind} and {@link #of} translate to and from the {@link SignalKind} the answer carries (an ordinary signal
 * is {@link SignalKind#SILVER} where the specialty's signals are tiered, else {@link SignalKind#SIGNAL}).
 */
final class SignalOption {
    /** Not on the list. */
    static final int NOT_SELECTED = -1;
    /** On the list without a signal: the chance {@link Candidate#p}. */
    static final int NO_SIGNAL = 0;
    /** On the list with an ordinary signal: the chance {@link Candidate#pSignal}. */
    static final int ORDINARY = 1;
    /** On the list with a gold signal: the chance {@link Candidate#pGold}. */
    static final int GOLD = 2;
    /** How many options a selected candidate has, from {@link #NO_SIGNAL} to {@link #GOLD}: the tables' length. */
    static final int COUNT = 3;

    private SignalOption() {}

    /** Whether the option puts the candidate on the list. */
    static boolean isSelected(int option) {
        return option >= NO_SIGNAL;
    }

    /** Whether the option sends a signal (ordinary or gold). */
    static boolean isSignal(int option) {
        return option > NO_SIGNAL;
    }

    /** The signal the answer names for a selected option, given whether the specialty's signals are tiered. */
    static SignalKind kind(int option, boolean tiered) {
        if (option == NO_SIGNAL) {
            return SignalKind.NONE;
        }
        if (option == GOLD) {
            return SignalKind.GOLD;
        }
        return tiered ? SignalKind.SILVER : SignalKind.SIGNAL;
    }

    /** The option that sends the signal kind (silver and the untiered signal are both ordinary). */
    static int of(SignalKind kind) {
        switch (kind) {
            case NONE:
                return NO_SIGNAL;
            case GOLD:
                return GOLD;
            case SILVER:
            case SIGNAL:
                return ORDINARY;
        }
        throw new AssertionError(kind);
    }
}
