package org.smartpick.core.optimize;

import static org.smartpick.core.optimize.SignalOption.NOT_SELECTED;
import static org.smartpick.core.optimize.SignalOption.isSelected;
import static org.smartpick.core.optimize.SignalOption.isSignal;

/** One candidate's {@link SignalOption} before and after a {@link Move}. */
record Change(int candidate, int from, int to) {
    /** Puts the candidate on the list with the option. */
    static Change adding(int candidate, int option) {
        return new Change(candidate, NOT_SELECTED, option);
    }

    /** Takes the candidate, now on the list with the option, off it. */
    static Change dropping(int candidate, int option) {
        return new Change(candidate, option, NOT_SELECTED);
    }

    /** +1 when the change puts the candidate on the list, -1 when it takes it off, 0 when it changes its signal. */
    int programDelta() {
        return (isSelected(to) ? 1 : 0) - (isSelected(from) ? 1 : 0);
    }

    /** +1 when the change sends the candidate a signal it did not have, -1 when it takes one away, else 0. */
    int signalDelta() {
        return (isSignal(to) ? 1 : 0) - (isSignal(from) ? 1 : 0);
    }

    /** +1 when the change takes up the option, -1 when it gives it up, else 0. */
    int optionDelta(int option) {
        return (to == option ? 1 : 0) - (from == option ? 1 : 0);
    }
}
