package org.smartpick.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProgramNameTokensTest {

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Saint Joseph's Hospital Program | St. Joseph's Hospital",
                "Univ of Iowa Hosps & Clinics | University of Iowa Hosps and Clinics",
                "Cooper Med Ctr Residency Program | Cooper Medical Center",
                "The Brooklyn Hospital Center Program | Brooklyn Hospital Center",
                "HCA Healthcare Sunrise Health GME | HCA Healthcare Sunrise Health Graduate Medical Education",
                "Mt Sinai Hospital | Mount Sinai Hospital",
                "MEDSTAR HEALTH/GEORGETOWN | MedStar Health - Georgetown"
            })
    void namesThatDifferOnlyInSpellingHaveTheSameKey(String a, String b) {
        assertThat(ProgramNameTokens.of(a).key())
                .isEqualTo(ProgramNameTokens.of(b).key());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "St Joseph Hospital | St Joseph Mercy Hospital",
                "University of Florida | University of Central Florida",
                "Children's Hospital | Children's Hospital of Michigan"
            })
    void namesOfOtherInstitutionsHaveOtherKeys(String a, String b) {
        assertThat(ProgramNameTokens.of(a).key())
                .isNotEqualTo(ProgramNameTokens.of(b).key());
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "St. Louis | MO | Saint Louis",
                "Winston Salem | NC | Winston-Salem",
                "Gainesville, FL | FL | Gainesville",
                "JBSA Ft Sam Houston | TX | JBSA Fort Sam Houston"
            })
    void citySpellingsCompareEqual(String city, String state, String other) {
        assertThat(ProgramNameTokens.cityKey(city, state)).isEqualTo(ProgramNameTokens.cityKey(other, state));
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "University of Michigan Program | University of Michigan Health System",
                "Atrium Health Floyd Medical Center Program | Floyd Medical Center",
                "HCA Florida Healthcare/USF Morsani College of Medicine GME Brandon Hospital | HCA Florida Healthcare/USF Morsani College of Medicine GME - Tampa South/Brandon Hospital",
                "Adventist Health Central California Network | Adventist Health Central California Network (Hanford)"
            })
    void namesOneWholePhraseApartDifferByOnePhrase(String a, String b) {
        assertThat(ProgramNameTokens.differByOnePhrase(ProgramNameTokens.of(a), ProgramNameTokens.of(b), "hanford"))
                .isTrue();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "University of Florida College of Medicine | Florida State University College of Medicine",
                "University of Florida | University of Central Florida",
                "University of Florida | University of Central Florida/HCA Florida Healthcare (Gainesville)",
                "Pennsylvania Hospital of the University of Pennsylvania Health System | University of Pennsylvania Health System",
                "Medical Center | Albany Medical Center",
                "Wright Center for Graduate Medical Education (National) | Wright Center for Graduate Medical Education",
                "University of Michigan | University of Michigan"
            })
    void namesThatAreNotOnePhraseApartOrNameAnotherSiteDoNotDifferByOnePhrase(String a, String b) {
        assertThat(ProgramNameTokens.differByOnePhrase(ProgramNameTokens.of(a), ProgramNameTokens.of(b), "hanford"))
                .isFalse();
    }

    @Test
    void aParenthesisedCityIsNoOtherSite() {
        ProgramNameTokens site =
                ProgramNameTokens.of("Florida International University/Veterans Affairs Medical Center (Miami)");

        assertThat(ProgramNameTokens.differByOnePhrase(
                        ProgramNameTokens.of("Florida International University"), site, "miami"))
                .isTrue();
    }

    @Test
    void keysWithoutParenthesesDropEverySite() {
        assertThat(ProgramNameTokens.keyWithoutParentheses(
                        "Detroit Medical Center Corporation (Huron Valley-Sinai)) Program"))
                .isEqualTo("detroitmedicalcentercorporation");
        assertThat(ProgramNameTokens.parenthesisedKeys(
                        "Osteopathic Medical Education Consortium of Oklahoma (OMECO) (Griffin Memorial Hospital)"))
                .containsExactlyInAnyOrder("omeco", "griffinmemorialhospital");
    }

    @Test
    void aRenameReplacesTheFormerNameWithinALongerName() {
        ProgramNameTokens renamed = ProgramNameTokens.of("Centura Health Corporation/ St Mary-Corwin Hospital Program")
                .replacing(
                        ProgramNameTokens.of("Centura Health Corporation"),
                        ProgramNameTokens.of("CommonSpirit Mountain Region"))
                .orElseThrow();

        assertThat(renamed.key())
                .isEqualTo(ProgramNameTokens.of("CommonSpirit Mountain Region/St Mary-Corwin Hospital")
                        .key());
        assertThat(ProgramNameTokens.of("Penrose Hospital")
                        .replacing(
                                ProgramNameTokens.of("Centura Health Corporation"),
                                ProgramNameTokens.of("CommonSpirit Mountain Region")))
                .isEmpty();
    }
}
