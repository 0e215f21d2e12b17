package org.smartpick.app.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.app.recommend.ExampleProfiles;
import org.smartpick.core.recommend.Recommendation;

/** The JSON answer opens as the text report and the results page do: the verdict, then the plan. */
class AnswerOrderTest {
    @Test
    void answerOpensWithTheTwoChancesAndTheInterviewsThenThePlan() throws IOException {
        Recommendation r = ExampleProfiles.recommend(
                ExampleProfiles.shippedService(), Path.of("../examples/non-us-img-genetics.json"));

        for (String json : List.of(
                Json.mapper().writeValueAsString(r), Json.compactWriter().writeValueAsString(r))) {
            JsonNode answer = Json.mapper().readTree(json);
            assertThat(names(answer))
                    .startsWith("profileName", "summary", "plan", "season", "programs", "verifyChecklist");
            assertThat(names(answer.get("summary")))
                    .startsWith(
                            "pGoalMatch",
                            "pAtLeastOneMatch",
                            "expectedInterviews",
                            "expectedInterviewsBySpecialty",
                            "applications",
                            "totalCostUsd");
            assertThat(answer.at("/plan/0/id").asText()).isEqualTo("apply-now");
        }
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
