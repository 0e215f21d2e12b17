package org.smartpick.core.program;

/** Whether a source states a fact about this very program, or SmartPick derived it from another program's facts. */
public enum Basis {
    /** A source says it about this program. */
    STATED,
    /** Derived from another program (named in the fact's {@link Inference}); a prior, not a fact to exclude on. */
    INFERRED
}
