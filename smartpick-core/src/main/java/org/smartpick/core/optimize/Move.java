package org.smartpick.core.optimize;

import java.util.Objects;

/**
 * What the search applies to a list at once: one {@link Change} (add a program, drop one, up- or downgrade its
 * signal) or two made together (a swap: one program out, another in; a signal moved from one program to another).
 * {@link ListState} checks a move against the limits, scores it and applies it, its changes in order.
 */
final class Move {
    private final Change first;
    /** The second change of a two-change move; null in a move of one. */
    private final Change second;

    private Move(Change first, Change second) {
        this.first = Objects.requireNonNull(first, "first");
        this.second = second;
    }

    /** A move of one change. */
    static Move of(Change change) {
        return new Move(change, null);
    }

    /** A move of two changes made together, {@code first} first. */
    static Move of(Change first, Change second) {
        return new Move(first, Objects.requireNonNull(second, "second"));
    }

    /** How many changes the move makes: 1 or 2. */
    int size() {
        return second == null ? 1 : 2;
    }

    /** The i-th change (0 or 1 below {@link #size}). */
    Change change(int i) {
        if (i == 0) {
            return first;
        }
        if (i == 1 && second != null) {
            return second;
        }
        throw new IndexOutOfBoundsException("change " + i + " of a move of " + size());
    }

    @Override
    public String toString() {
        return second == null ? first.toString() : first + ", " + second;
    }
}
