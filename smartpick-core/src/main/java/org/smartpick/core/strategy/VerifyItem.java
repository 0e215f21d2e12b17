package org.smartpick.core.strategy;

import java.util.List;

/** The questions to settle with one program's coordinator before paying to apply there. */
public record VerifyItem(String programId, String programName, List<String> questions) {
    public VerifyItem {
        questions = List.copyOf(questions);
    }
}
