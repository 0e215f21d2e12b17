package org.smartpick.core.strategy;

import java.util.Objects;

/** One area of the profile, its level, the finding in plain words and the source of the yardstick used. */
public record AssessmentItem(String area, Level level, String finding, String source) {
    public AssessmentItem {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(source, "source");
    }
}
