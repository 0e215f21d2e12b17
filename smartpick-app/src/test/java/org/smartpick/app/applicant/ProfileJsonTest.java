package org.smartpick.app.applicant;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.common.Problem;

class ProfileJsonTest {
    private final ObjectMapper mapper = new ObjectMapper();

    @Test
    void readsTheExamplePersonaAsItIs() throws Exception {
        String json = Files.readString(Path.of("../examples/non-us-img-genetics.json"), StandardCharsets.UTF_8);
        ProfileJson.Result result = ProfileJson.parse(json, mapper);

        assertThat(result.problems()).isEmpty();
        Profile profile = result.profile().orElseThrow();
        assertThat(profile.applicantType()).isEqualTo(ApplicantType.NON_US_IMG);
        assertThat(profile.visa().accepts()).containsExactly(VisaType.J1, VisaType.H1B);
        assertThat(profile.usmle().step1().score()).isEqualTo(OptionalInt.of(212));
        assertThat(profile.usmle().step2ck().score()).isEqualTo(OptionalInt.of(236));
        assertThat(profile.usmle().step3().taken()).isFalse();
        assertThat(profile.targets())
                .extracting(t -> t.specialtyCode() + ":" + t.role())
                .containsExactly("130:GOAL", "765:GOAL", "766:GOAL", "320:PATHWAY", "140:PATHWAY");
        assertThat(profile.targets().get(3).role()).isEqualTo(TargetRole.PATHWAY);
        assertThat(profile.budget().maxUsd()).isEqualTo(OptionalInt.of(2000));
        assertThat(profile.research().inSpecialty()).isEqualTo(3);
    }

    @Test
    void reportsEveryWrongTypeWithItsPath() {
        String json = "{\"applicantType\": \"ALIEN\", \"graduationYear\": \"twenty\", "
                + "\"usmle\": {\"step2ck\": {\"score\": 2.5}}, \"visa\": {\"accepts\": [\"J1\", 7]}, \"shoeSize\": 9}";
        List<Problem> problems = ProfileJson.parse(json, mapper).problems();

        assertThat(problems)
                .extracting(Problem::field)
                .containsExactlyInAnyOrder(
                        "applicantType", "graduationYear", "usmle.step2ck.score", "visa.accepts[1]", "shoeSize");
        assertThat(problems).allSatisfy(p -> assertThat(p.message()).isNotBlank());
    }

    @Test
    void wrongTypesAreWordedWithTheFieldLabelAndKeepTheRestOfTheProfile() {
        ProfileJson.Result result = ProfileJson.parse(
                "{\"graduationYear\": \"twenty\", \"usmle\": {\"step2ck\": {\"score\": 999}}}", mapper);

        assertThat(result.problems())
                .containsExactly(new Problem(
                        "graduationYear",
                        "Medical school graduation year must be a whole number; you entered \"twenty\""));
        assertThat(result.profile()).isEmpty();
        assertThat(result.asRead())
                .hasValueSatisfying(p -> assertThat(p.usmle().step2ck().score()).isEqualTo(OptionalInt.of(999)));
        assertThat(result.unreadFields()).containsExactly("graduationYear");
    }

    @Test
    void brokenJsonNamesLineAndColumn() {
        ProfileJson.Result result = ProfileJson.parse("{\n  \"name\": \"x\",\n  oops\n}", mapper);

        assertThat(result.profile()).isEmpty();
        assertThat(result.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("profile");
            assertThat(p.message()).contains("line 3");
        });
    }

    @Test
    void aJsonArrayIsNotAProfile() {
        assertThat(ProfileJson.parse("[1,2]", mapper).problems())
                .extracting(Problem::field)
                .containsExactly("profile");
    }
}
