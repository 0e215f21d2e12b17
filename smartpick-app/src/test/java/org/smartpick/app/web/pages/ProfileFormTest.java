package org.smartpick.app.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.smartpick.app.applicant.ProfileJson;
import org.smartpick.app.json.Json;
import org.smartpick.core.common.Problem;

class ProfileFormTest {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "non-us-img-genetics.json",
                "non-us-img-h1b-reapplicant.json",
                "us-img-pediatrics.json",
                "us-md-internal-medicine.json"
            })
    void exampleProfileSurvivesTheRoundTripThroughTheForm(String file) throws Exception {
        JsonNode original = Json.mapper().readTree(TestServer.example(file));
        FormValues form = ProfileForm.normalize(ProfileForm.fromJson(original).values());

        JsonNode again = ProfileForm.toJson(form);

        assertThat(ProfileJson.read(again).profile())
                .isEqualTo(ProfileJson.read(original).profile())
                .isPresent();
    }

    @Test
    void textWhereANumberBelongsStaysTextSoTheReaderNamesTheInput() {
        FormValues form = ProfileForm.normalize(
                Map.of("usmle.step2ck.score", List.of(" two hundred "), "targets[0].specialtyCode", List.of("140")));

        List<Problem> problems = ProfileJson.read(ProfileForm.toJson(form)).problems();

        assertThat(problems).extracting(Problem::field).containsExactly("usmle.step2ck.score");
        assertThat(form.value("usmle.step2ck.score")).isEqualTo("two hundred");
    }

    @Test
    void emptyTargetRowsAreDroppedAndTheRestRenumberedAsTheJsonList() {
        FormValues form = ProfileForm.normalize(Map.of(
                "targets[0].specialtyCode",
                List.of(""),
                "targets[0].role",
                List.of("GOAL"),
                "targets[2].specialtyCode",
                List.of("130"),
                "targets[2].role",
                List.of("GOAL"),
                "targets[4].specialtyCode",
                List.of("320"),
                "targets[4].role",
                List.of("PATHWAY")));

        assertThat(form.values())
                .containsOnlyKeys(
                        "targets[0].specialtyCode", "targets[0].role", "targets[1].specialtyCode", "targets[1].role");
        assertThat(ProfileForm.toJson(form).get("targets").toString())
                .isEqualTo(
                        "[{\"specialtyCode\":\"130\",\"role\":\"GOAL\"},{\"specialtyCode\":\"320\",\"role\":\"PATHWAY\"}]");
    }

    @Test
    void limitsPerSpecialtyReadAsAnObjectOfCounts() {
        FormValues form = ProfileForm.normalize(Map.of("budget.maxProgramsPerSpecialty", List.of("140: 40, 130:10")));

        assertThat(ProfileForm.toJson(form).get("budget").toString())
                .isEqualTo("{\"maxProgramsPerSpecialty\":{\"140\":40,\"130\":10}}");
    }

    @ParameterizedTest
    @CsvSource({
        "usmle.step2ck.score, usmle.step2ck.score",
        "preferences.states[2], preferences.states",
        "budget.maxProgramsPerSpecialty.140, budget.maxProgramsPerSpecialty",
        "targets[1].specialtyCode, targets[1].specialtyCode",
        "targets, targets"
    })
    void problemIsPlacedAtItsInput(String field, String input) {
        Set<String> inputs = ProfileForm.inputNames(3);
        inputs.add("targets");

        assertThat(ProfileForm.inputFor(field, inputs)).contains(input);
    }

    @Test
    void problemOfTheWholeProfileBelongsToNoInput() {
        assertThat(ProfileForm.inputFor("profile", ProfileForm.inputNames(3))).isEqualTo(Optional.empty());
    }
}
