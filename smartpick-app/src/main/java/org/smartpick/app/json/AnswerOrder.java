package org.smartpick.app.json;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The order an answer's JSON is written in, the order a worried applicant reads it (as the text report and the
 * results page): the verdict first (the two chances and the interviews at the top of {@code summary}), then the plan
 * with its apply-now-or-strengthen decision, then the list and the checklist; everything else after.
 */
final class AnswerOrder {
    private AnswerOrder() {}

    /** The recommendation: who, the verdict, the plan, then the season, the list and the rest. */
    @JsonPropertyOrder({"profileName", "summary", "plan", "season", "programs", "verifyChecklist"})
    abstract static class OfRecommendation {}

    /** The summary: the two chances and the interviews, then the list's size and cost, then the rest. */
    @JsonPropertyOrder({
        "pGoalMatch",
        "pAtLeastOneMatch",
        "expectedInterviews",
        "expectedInterviewsBySpecialty",
        "applications",
        "totalCostUsd"
    })
    abstract static class OfSummary {}
}
