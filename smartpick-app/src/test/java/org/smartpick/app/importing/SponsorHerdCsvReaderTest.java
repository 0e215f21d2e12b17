package org.smartpick.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.ResearchIntensity.MatchBasis;

class SponsorHerdCsvReaderTest {
    static final String HEADER = "institution,state,herd_institution,match_basis,herd_fy2023_medical_school_rd_kusd,"
            + "herd_fy2023_medical_school_rd_rank,note\n";

    private static Parsed<SponsorHerdRow> parse(String csv) {
        return SponsorHerdCsvReader.parse(new StringReader(csv));
    }

    @Test
    void readsEveryColumnOfARow() {
        Parsed<SponsorHerdRow> parsed = parse(HEADER
                + "University of Michigan Health System,MI,\"U. Michigan, Ann Arbor\",university hospital of,797034,15,owned\n"
                + "Phoenix Children's Hospital,az,U. Arizona,affiliation inferred,286547,45,\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items())
                .containsExactly(
                        new SponsorHerdRow(
                                2,
                                "University of Michigan Health System",
                                "MI",
                                "U. Michigan, Ann Arbor",
                                MatchBasis.UNIVERSITY_HOSPITAL_OF,
                                797034,
                                15,
                                "owned"),
                        new SponsorHerdRow(
                                3,
                                "Phoenix Children's Hospital",
                                "AZ",
                                "U. Arizona",
                                MatchBasis.AFFILIATION_INFERRED,
                                286547,
                                45,
                                ""));
    }

    @Test
    void theNoteColumnMayBeLeftOut() {
        Parsed<SponsorHerdRow> parsed = parse("institution,state,herd_institution,match_basis,"
                + "herd_fy2023_medical_school_rd_kusd,herd_fy2023_medical_school_rd_rank\n"
                + "Tulane University,LA,Tulane U.,same university,103227,82\n");
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.items()).extracting(SponsorHerdRow::note).containsExactly("");
    }

    @Test
    void reportsBadNumbersWithTheirLineAndColumn() {
        Parsed<SponsorHerdRow> parsed = parse(HEADER
                + "A University,MI,U. A,same university,12k,15,\n"
                + "B University,MI,U. B,same university,-1,15,\n"
                + "C University,MI,U. C,same university,100,0,\n"
                + "D University,MI,U. D,same university,100,,\n"
                + "E University,MI,U. E,same university,100,1.5,\n");
        assertThat(parsed.items()).isEmpty();
        assertThat(parsed.problems())
                .extracting(Problem::field)
                .containsExactly(
                        "line 2, column herd_fy2023_medical_school_rd_kusd",
                        "line 3, column herd_fy2023_medical_school_rd_kusd",
                        "line 4, column herd_fy2023_medical_school_rd_rank",
                        "line 5, column herd_fy2023_medical_school_rd_rank",
                        "line 6, column herd_fy2023_medical_school_rd_rank");
        assertThat(parsed.problems().get(0).message()).isEqualTo("must be a whole number, was '12k'");
        assertThat(parsed.problems().get(1).message()).isEqualTo("must be at least 0, was -1");
        assertThat(parsed.problems().get(2).message()).isEqualTo("must be at least 1, was 0");
    }

    @Test
    void reportsAnUnknownMatchBasisWithTheAllowedOnes() {
        Parsed<SponsorHerdRow> parsed = parse(HEADER + "Yale-New Haven Hospital,CT,Yale U.,similar name,1105515,4,\n");
        assertThat(parsed.items()).isEmpty();
        assertThat(parsed.problems())
                .containsExactly(
                        new Problem(
                                "line 2, column match_basis",
                                "unknown match basis 'similar name'; use one of same university, university hospital of, affiliation inferred"));
    }

    @Test
    void aMissingColumnIsOneProblemOnTheHeaderLine() {
        Parsed<SponsorHerdRow> parsed =
                parse("institution,state,herd_institution,match_basis\nA,MI,U. A,same university\n");
        assertThat(parsed.items()).isEmpty();
        assertThat(parsed.problems())
                .extracting(Problem::field)
                .containsExactly(
                        "line 1, column herd_fy2023_medical_school_rd_kusd",
                        "line 1, column herd_fy2023_medical_school_rd_rank");
    }

    @Test
    void reportsEmptyNamesAndAStateThatIsNotTwoLetters() {
        Parsed<SponsorHerdRow> parsed = parse(HEADER + ",Michigan,,same university,100,1,\n");
        assertThat(parsed.problems())
                .extracting(Problem::field)
                .containsExactly(
                        "line 2, column institution", "line 2, column state", "line 2, column herd_institution");
    }

    @Test
    void aSecondRowForTheSameInstitutionKeyAndStateIsAProblem() {
        Parsed<SponsorHerdRow> parsed = parse(HEADER
                + "St Louis University School of Medicine,MO,Saint Louis U.,same university,42297,92,\n"
                + "Saint Louis University School of Medicine,mo,Saint Louis U.,same university,42297,92,\n"
                + "Saint Louis University School of Medicine,IL,Saint Louis U.,same university,42297,92,\n");
        assertThat(parsed.items()).extracting(SponsorHerdRow::line).containsExactly(2L, 4L);
        assertThat(parsed.problems())
                .containsExactly(
                        new Problem(
                                "line 3, column institution",
                                "institution and state already joined on line 2 (names compare by InstitutionName.key); keep one row"));
    }
}
