package org.smartpick.core.program;

import java.util.Objects;

/**
 * How an {@link Basis#INFERRED} fact was derived: the program it was taken from, the rule, and how often that rule
 * is right where it can be checked, in words a user reads ("usually right: programs of one sponsor agree 83% of
 * the time").
 */
public record Inference(String fromProgramId, String fromProgramName, String rule, String reliability) {
    public Inference {
        Objects.requireNonNull(fromProgramId, "fromProgramId");
        Objects.requireNonNull(fromProgramName, "fromProgramName");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(reliability, "reliability");
    }

    /** One line for pages and reports: "inferred from X (rule), usually right: ...". */
    public String describe() {
        return "inferred from " + fromProgramName + " (" + rule + "); " + reliability;
    }
}
