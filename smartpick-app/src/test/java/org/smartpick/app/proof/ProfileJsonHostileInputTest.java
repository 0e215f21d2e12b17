package org.smartpick.app.proof;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartpick.app.applicant.ProfileJson;
import org.smartpick.app.json.Json;
import org.smartpick.core.common.Problem;

/** Regressions the fuzz tests found in reading profiles. */
class ProfileJsonHostileInputTest {
    @Test
    void unknownFieldWithANewlineInItsNameIsReportedOnOneLine() {
        ProfileJson.Result result =
                ProfileJson.parse("{\"usClinicalExperience\": {\"observershipM\\nths\": 4}}", Json.mapper());

        assertThat(result.problems())
                .extracting(Problem::field)
                .contains("usClinicalExperience.observershipM\\u000aths");
        assertThat(result.problems()).allSatisfy(p -> {
            assertThat(p.field()).doesNotContain("\n");
            assertThat(p.message()).doesNotContain("\n");
        });
    }

    @Test
    void unknownFieldWithAnEmptyNameIsNamedAsEmptyQuotes() {
        ProfileJson.Result result = ProfileJson.parse("{\"\": 1, \"visa\": {\"\": true}}", Json.mapper());

        assertThat(result.problems()).extracting(Problem::field).contains("\"\"", "visa.\"\"");
    }
}
