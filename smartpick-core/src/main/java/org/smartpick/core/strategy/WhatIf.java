package org.smartpick.core.strategy;

import java.util.List;

/**
 * The same profile with one change: P(at least one match) before and after, and the program ids the change adds to
 * and removes from the recommended list (sorted).
 */
public record WhatIf(
        String id, String change, double pBefore, double pAfter, List<String> added, List<String> removed) {
    public WhatIf {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
    }

    public double gain() {
        return pAfter - pBefore;
    }
}
