package org.smartpick.app.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartpick.app.applicant.ProfileJson;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.json.Json;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Program;
import org.smartpick.core.recommend.ProgramResult;
import org.smartpick.core.recommend.RecommendOptions;
import org.smartpick.core.recommend.Recommendation;
import org.smartpick.core.recommend.Recommender;

/**
 * What the grounded model promises an advisor: a typical non-US IMG applying to 77 Internal Medicine programs gets a
 * chance near NRMP's 47% and a single-digit number of interviews, scores change the list (not only the number), and
 * programs of one specialty are told apart for reasons the answer names.
 */
class ScoresAndProgramsTest {
    private static Catalog catalog;
    private static Recommender recommender;

    @BeforeAll
    static void load() {
        catalog = ShippedCatalog.load();
        recommender = ShippedPolicies.recommender();
    }

    private static Profile nonUsImg(int step2) {
        String json = "{\"name\": \"non-US IMG, Step 2 CK " + step2
                + "\", \"applicantType\": \"NON_US_IMG\", \"citizenship\": \"IN\","
                + "\"visa\": {\"needsSponsorship\": true, \"accepts\": [\"J1\"]}, \"graduationYear\": 2022, \"ecfmgCertified\": true,"
                + "\"usmle\": {\"step1\": {\"result\": \"PASS\", \"attempts\": 1}, \"step2ck\": {\"score\": " + step2
                + ", \"attempts\": 1}, \"step3\": {\"taken\": false}},"
                + "\"usClinicalExperience\": {\"handsOnMonths\": 2, \"observershipMonths\": 3},"
                + "\"research\": {\"publications\": 2, \"abstracts\": 1, \"posters\": 0, \"inSpecialty\": 1},"
                + "\"letters\": {\"total\": 3, \"us\": 2, \"fromSpecialty\": 1}, \"degrees\": [], \"cyclesApplied\": 0,"
                + "\"targets\": [{\"specialtyCode\": \"140\", \"role\": \"GOAL\"}],"
                + "\"preferences\": {\"states\": [], \"settings\": []}, \"budget\": {\"maxPrograms\": 77}}";
        ProfileJson.Result read = ProfileJson.parse(json, Json.mapper());
        assertThat(read.problems()).isEmpty();
        return read.profile().orElseThrow();
    }

    private static Recommendation recommend(Profile profile) {
        RecommendOptions options =
                ExampleProfiles.service(() -> catalog, recommender).defaultOptions(profile);
        return recommender.recommend(profile, catalog, options);
    }

    @Test
    void aTypicalNonUsImgApplyingTo77InternalMedicineProgramsIsNearNrmpWithSingleDigitInterviews() {
        Recommendation typical = recommend(nonUsImg(240));

        assertThat(typical.summary().applications()).isEqualTo(77);
        assertThat(typical.summary().pAtLeastOneMatch())
                .as("NRMP 2025: 3,573 of 7,630 = 46.8%")
                .isBetween(0.38, 0.56);
        assertThat(typical.summary().expectedInterviews()).isBetween(2.0, 13.0);
        assertThat(typical.summary().expectedInterviewsBySpecialty()).containsOnlyKeys("140");
    }

    @Test
    void aStrongerScoreReachesUpToSelectivePrograms() {
        Recommendation low = recommend(nonUsImg(220));
        Recommendation high = recommend(nonUsImg(252));

        Set<String> lowList = selected(low);
        Set<String> highList = selected(high);
        assertThat(high.summary().pAtLeastOneMatch())
                .isGreaterThan(low.summary().pAtLeastOneMatch() + 0.1);
        assertThat(highList).isNotEqualTo(lowList);
        assertThat(selectivity(highList))
                .as("mean selectivity of the 252's list over the 220's")
                .isGreaterThan(selectivity(lowList));
    }

    @Test
    void programsOfOneSpecialtyGetDifferentChancesForReasonsTheAnswerNames() {
        Recommendation r = recommend(nonUsImg(240));
        List<ProgramResult> withRates = r.programs().stream()
                .filter(p -> p.contributions().stream()
                        .anyMatch(c -> c.factor().equals("program-openness") && c.logOdds() != 0))
                .toList();

        assertThat(withRates).hasSizeGreaterThan(40);
        assertThat(withRates.stream().map(ProgramResult::pInterview).distinct().count())
                .isGreaterThan(30);
        assertThat(withRates.get(0).contributions())
                .anySatisfy(c -> assertThat(c.explanation())
                        .contains("interviewed", "NON US IMG applicants in the 2024 season"));
    }

    private static Set<String> selected(Recommendation r) {
        return r.programs().stream()
                .filter(ProgramResult::selected)
                .map(ProgramResult::id)
                .collect(Collectors.toSet());
    }

    /** The mean of residents' Step 1 bands (-1 below 210 .. +1 above 245) over the programs that state one. */
    private static double selectivity(Set<String> ids) {
        return ids.stream()
                .map(id -> catalog.findProgram(id).orElseThrow())
                .map(Program::selectivity)
                .map(s -> s.residentsStep1Range().value())
                .flatMap(java.util.Optional::stream)
                .mapToDouble(b -> List.of("Below 210", "210-225", "226-235", "236-245", "Greater than 245")
                        .indexOf(b))
                .average()
                .orElse(0);
    }
}
