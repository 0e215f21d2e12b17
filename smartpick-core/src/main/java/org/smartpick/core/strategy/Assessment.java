package org.smartpick.core.strategy;

import java.util.List;

/** Where the applicant stands: every assessed area, then the strong and the weak findings in plain words. */
public record Assessment(List<AssessmentItem> items, List<String> strengths, List<String> weaknesses) {
    public Assessment {
        items = List.copyOf(items);
        strengths = List.copyOf(strengths);
        weaknesses = List.copyOf(weaknesses);
    }

    /** Builds the strengths and weaknesses from the items' levels, keeping the items' order. */
    public static Assessment of(List<AssessmentItem> items) {
        return new Assessment(items, findingsAt(items, Level.STRONG), findingsAt(items, Level.WEAK));
    }

    private static List<String> findingsAt(List<AssessmentItem> items, Level level) {
        return items.stream()
                .filter(i -> i.level() == level)
                .map(AssessmentItem::finding)
                .toList();
    }
}
