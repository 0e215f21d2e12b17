package org.smartpick.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartpick.core.program.ResearchIntensity;
import org.smartpick.core.program.ResearchIntensity.MatchBasis;

class SponsorHerdJoinTest {
    private static final SponsorHerdRow MICHIGAN = new SponsorHerdRow(
            2,
            "University of Michigan Health System",
            "MI",
            "U. Michigan, Ann Arbor",
            MatchBasis.UNIVERSITY_HOSPITAL_OF,
            797034,
            15,
            "");
    private static final SponsorHerdJoin JOIN = new SponsorHerdJoin(List.of(MICHIGAN), 162);

    @Test
    void findsASponsorByItsInstitutionKeyAndState() {
        assertThat(JOIN.lookup("university of michigan health system program", " mi"))
                .contains(new ResearchIntensity(
                        "U. Michigan, Ann Arbor", 797034, 15, 162, MatchBasis.UNIVERSITY_HOSPITAL_OF));
    }

    @Test
    void theSameNameInAnotherStateIsNotJoined() {
        assertThat(JOIN.lookup("University of Michigan Health System", "OH")).isEmpty();
    }

    @Test
    void aSponsorOutsideTheCrosswalkHasNoResearchIntensity() {
        assertThat(JOIN.lookup("University of Michigan Health-West", "MI")).isEmpty();
    }

    @Test
    void aSponsorTwiceInTheRowsIsABug() {
        SponsorHerdRow again = new SponsorHerdRow(
                3,
                "University of Michigan Health System Program",
                "mi",
                "U. Michigan, Ann Arbor",
                MatchBasis.SAME_UNIVERSITY,
                797034,
                15,
                "");
        assertThatThrownBy(() -> new SponsorHerdJoin(List.of(MICHIGAN, again), 162))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("line 3");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "U. Michigan, Ann Arbor | 797034 | 15 | SAME_UNIVERSITY | U. Michigan, Ann Arbor: $797 million medical-school R&D, rank 15 of 162 (NSF HERD FY2023)",
                "U. California, San Francisco | 1793321 | 1 | SAME_UNIVERSITY | U. California, San Francisco: $1.79 billion medical-school R&D, rank 1 of 162 (NSF HERD FY2023)",
                "Marshall U. | 15699 | 120 | SAME_UNIVERSITY | Marshall U.: $16 million medical-school R&D, rank 120 of 162 (NSF HERD FY2023)",
                "U. Nevada, Las Vegas | 5881 | 137 | SAME_UNIVERSITY | U. Nevada, Las Vegas: $5.9 million medical-school R&D, rank 137 of 162 (NSF HERD FY2023)",
                "Hofstra U. | 667 | 156 | SAME_UNIVERSITY | Hofstra U.: $667 thousand medical-school R&D, rank 156 of 162 (NSF HERD FY2023)",
                "U. Pennsylvania | 1367371 | 2 | AFFILIATION_INFERRED | U. Pennsylvania (affiliated university): $1.37 billion medical-school R&D, rank 2 of 162 (NSF HERD FY2023)"
            })
    void describesTheFigureItsRankAndItsSource(String herd, long kusd, int rank, MatchBasis basis, String expected) {
        assertThat(new ResearchIntensity(herd, kusd, rank, 162, basis).describe())
                .isEqualTo(expected);
    }

    @Test
    void aRankOutsideTheRankedInstitutionsIsRejected() {
        assertThatThrownBy(() -> new ResearchIntensity("U. A", 1, 163, 162, MatchBasis.SAME_UNIVERSITY))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("rank must be 1..162, was 163");
    }

    @Test
    void theShippedJoinRanksAmong162UniversitiesAndKnowsMichigan() {
        assertThat(SponsorHerdJoin.shipped().lookup("University of Michigan Health System", "MI"))
                .contains(new ResearchIntensity(
                        "U. Michigan, Ann Arbor", 797034, 15, 162, MatchBasis.UNIVERSITY_HOSPITAL_OF));
    }
}
