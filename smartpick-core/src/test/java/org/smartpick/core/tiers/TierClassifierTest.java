package org.smartpick.core.tiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartpick.core.program.ProgramBuilder.aProgram;
import static org.smartpick.core.program.ProgramBuilder.stated;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.InterviewRates;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.ResearchIntensity;
import org.smartpick.core.program.ResearchIntensity.MatchBasis;
import org.smartpick.core.program.ResidentMix;
import org.smartpick.core.program.Selectivity;
import org.smartpick.core.program.Setting;

class TierClassifierTest {
    static final TierPolicy POLICY = new TierPolicy(
            "test",
            new TierPolicy.ChanceBands(0.003, 0.01, 0.08),
            new TierPolicy.StandingRules(
                    new TierPolicy.StandingLevel(
                            30, Set.of("Greater than 245"), OptionalDouble.of(6), OptionalDouble.empty()),
                    new TierPolicy.StandingLevel(100, Set.of("236-245"), OptionalDouble.of(5), OptionalDouble.empty())),
            new TierPolicy.OpennessRules(
                    Map.of(
                            ApplicantType.US_MD,
                            0.40,
                            ApplicantType.US_DO,
                            0.20,
                            ApplicantType.US_IMG,
                            0.08,
                            ApplicantType.NON_US_IMG,
                            0.05),
                    Map.of(
                            ApplicantType.US_MD,
                            0.05,
                            ApplicantType.US_DO,
                            0.02,
                            ApplicantType.US_IMG,
                            0.01,
                            ApplicantType.NON_US_IMG,
                            0.01),
                    30,
                    90));
    private static final TierClassifier TIERS = POLICY.classifier();

    /** A program with the given facts, the others unknown; a null value is unknown. */
    static Program program(
            Setting setting,
            ResearchIntensity research,
            String step1Band,
            Double publications,
            Double usMdPct,
            Double imgSharePct,
            Double usMdRate,
            Double nonUsImgRate) {
        Fact<Double> unknown = Fact.unknown();
        return aProgram()
                .id("1400000001")
                .name("Test program")
                .institution("Test hospital")
                .city("City")
                .setting(setting)
                .imgSharePct(imgSharePct)
                .residents(new ResidentMix(stated(usMdPct), unknown, unknown, unknown))
                .interviewRates(new InterviewRates(
                        stated(usMdRate), unknown, unknown, stated(nonUsImgRate), unknown, unknown, unknown, unknown))
                .selectivity(new Selectivity(
                        Fact.unknown(),
                        Fact.unknown(),
                        stated(step1Band),
                        Fact.unknown(),
                        stated(publications),
                        stated(research)))
                .build();
    }

    static ResearchIntensity rank(int rank, MatchBasis basis) {
        return new ResearchIntensity("Test University", 500_000, rank, 162, basis);
    }

    private static TierAssignment classify(Program program, ApplicantType type, TrackRole role, double p) {
        return TIERS.classify(TIERS.standingOf(program), TIERS.opennessOf(program, type), role, p);
    }

    private static final Program NO_FACTS = program(null, null, null, null, null, null, null, null);
    private static final Program TOP_TIER =
            program(Setting.UNIVERSITY, rank(12, MatchBasis.SAME_UNIVERSITY), null, 7.0, 97.0, 2.0, 0.17, 0.0);
    private static final Program OPEN_COMMUNITY =
            program(Setting.COMMUNITY, null, "210-225", null, 10.0, 80.0, 0.79, 0.12);

    @ParameterizedTest
    @CsvSource({"0.0029,REACH", "0.003,REALISTIC", "0.0799,REALISTIC", "0.08,SAFETY"})
    void programWithNoFactsIsTieredByTheChanceAloneAndSaysSo(double p, Tier expected) {
        TierAssignment tier = classify(NO_FACTS, ApplicantType.NON_US_IMG, TrackRole.GOAL, p);

        assertThat(tier.tier()).isEqualTo(expected);
        assertThat(tier.reason())
                .startsWith("no facts on file about this program's standing or whom it takes, so from"
                        + " your chance alone, ");
    }

    @Test
    void aCommunityHospitalIsNeverATopTierCentreWhateverItsSponsorsRankOrItsApplicantsPublications() {
        Program affiliated = program(
                Setting.COMMUNITY_UNIVERSITY_AFFILIATED,
                rank(12, MatchBasis.SAME_UNIVERSITY),
                "Greater than 245",
                7.0,
                97.0,
                2.0,
                0.17,
                0.0);

        assertThat(TIERS.standingOf(affiliated).level()).isEqualTo(ProgramStanding.Level.ACADEMIC);
        assertThat(TIERS.standingOf(TOP_TIER).level()).isEqualTo(ProgramStanding.Level.TOP_TIER);
    }

    @Test
    void veryLowChanceIsAReachEvenAtAnOpenCommunityProgram() {
        assertThat(classify(OPEN_COMMUNITY, ApplicantType.NON_US_IMG, TrackRole.GOAL, 0.0029))
                .isEqualTo(new TierAssignment(
                        Tier.REACH,
                        false,
                        "your chance here is below 0.3%; community program: Community-based,"
                                + " residents' average Step 1 210-225; takes non-US IMGs: interviewed 12% of non-US IMG applicants"
                                + " (5% or more), 80% of residents are IMGs (30% or more)"));
    }

    @Test
    void topTierCentreIsAReachForAStrongUsMdWithAnOrdinaryChance() {
        assertThat(classify(TOP_TIER, ApplicantType.US_MD, TrackRole.GOAL, 0.0174))
                .isEqualTo(
                        new TierAssignment(
                                Tier.REACH,
                                false,
                                "top-tier academic centre: medical-school R&D rank 12 of 162 (top 30), 7 publications per matched"
                                        + " applicant (6 or more); interviewed 17% of US MD applicants; your chance here is below 8%"));
    }

    @ParameterizedTest
    @CsvSource({"0.0799,REACH", "0.08,REALISTIC", "0.5,REALISTIC", "0.99,REALISTIC"})
    void topTierCentreIsNeverASafetyAndRealisticOnlyWithAHighChance(double p, Tier expected) {
        assertThat(classify(TOP_TIER, ApplicantType.US_MD, TrackRole.GOAL, p).tier())
                .isEqualTo(expected);
    }

    @Test
    void topTierCentreThatTakesApplicantsLikeYouIsRealistic() {
        Program openTop = program(Setting.UNIVERSITY, null, "Greater than 245", null, 30.0, 60.0, 0.3, 0.06);

        TierAssignment tier = classify(openTop, ApplicantType.NON_US_IMG, TrackRole.GOAL, 0.02);

        assertThat(tier.tier()).isEqualTo(Tier.REALISTIC);
        assertThat(tier.reason()).contains("a top-tier centre that takes applicants like you");
    }

    @Test
    void affiliatedUniversitysRankMakesAnAcademicCentreButNeverATopTierOne() {
        Program affiliated =
                program(null, rank(5, MatchBasis.AFFILIATION_INFERRED), null, null, null, null, null, null);

        assertThat(TIERS.standingOf(affiliated))
                .isEqualTo(new ProgramStanding(
                        ProgramStanding.Level.ACADEMIC,
                        "academic centre: affiliated university's medical-school R&D rank 5 of 162 (top 100)"));
    }

    @Test
    void programThatRarelyInterviewsYourTypeIsAReach() {
        Program closed = program(Setting.COMMUNITY, null, null, null, 50.0, 20.0, 0.6, 0.0);

        TierAssignment tier = classify(closed, ApplicantType.NON_US_IMG, TrackRole.GOAL, 0.02);

        assertThat(tier.tier()).isEqualTo(Tier.REACH);
        assertThat(tier.reason()).contains("few non-US IMGs taken: interviewed 0% of non-US IMG applicants (below 1%)");
    }

    @Test
    void mostlyUsMdResidentsCloseAProgramToImgsButNotToUsMds() {
        Program usMdHeavy = program(Setting.COMMUNITY, null, null, null, 95.0, null, null, null);

        assertThat(TIERS.opennessOf(usMdHeavy, ApplicantType.NON_US_IMG))
                .isEqualTo(new Openness(
                        Openness.Level.CLOSED, "few non-US IMGs taken: 95% of residents are US MDs (90% or more)"));
        assertThat(TIERS.opennessOf(usMdHeavy, ApplicantType.US_MD).level()).isEqualTo(Openness.Level.UNKNOWN);
    }

    @ParameterizedTest
    @CsvSource({"0.0099,REALISTIC", "0.01,SAFETY"})
    void openCommunityProgramIsASafetyOnlyWithAFairChance(double p, Tier expected) {
        assertThat(classify(OPEN_COMMUNITY, ApplicantType.NON_US_IMG, TrackRole.GOAL, p)
                        .tier())
                .isEqualTo(expected);
    }

    @Test
    void openAcademicCentreIsRealistic() {
        Program openAcademic =
                program(Setting.UNIVERSITY, rank(62, MatchBasis.SAME_UNIVERSITY), null, null, 40.0, 45.0, 0.5, 0.07);

        TierAssignment tier = classify(openAcademic, ApplicantType.NON_US_IMG, TrackRole.GOAL, 0.02);

        assertThat(tier.tier()).isEqualTo(Tier.REALISTIC);
        assertThat(tier.reason()).contains("an academic centre that takes applicants like you");
    }

    @Test
    void openPathwayIsASafetyOnlyWhereItsInstitutionAlsoTrainsInTheGoal() {
        Program openAcademic =
                program(Setting.UNIVERSITY, rank(62, MatchBasis.SAME_UNIVERSITY), null, null, 40.0, 45.0, 0.5, 0.07);

        TierAssignment linked = classify(openAcademic, ApplicantType.NON_US_IMG, TrackRole.LINKED_PATHWAY, 0.02);
        TierAssignment unlinked = classify(OPEN_COMMUNITY, ApplicantType.NON_US_IMG, TrackRole.UNLINKED_PATHWAY, 0.02);

        assertThat(linked.tier()).isEqualTo(Tier.SAFETY);
        assertThat(linked.alternativePathway()).isTrue();
        assertThat(linked.reason()).contains("its institution also trains in your goal field");
        assertThat(unlinked.tier()).isEqualTo(Tier.REALISTIC);
        assertThat(unlinked.reason()).contains("a pathway without a program of your goal field at its institution");
    }

    @Test
    void programWithoutAClearRecordIsRealisticAndSaysWhatIsOnFile() {
        Program neutral = program(Setting.COMMUNITY, null, null, null, 60.0, 20.0, 0.2, 0.02);

        assertThat(classify(neutral, ApplicantType.NON_US_IMG, TrackRole.GOAL, 0.02))
                .isEqualTo(new TierAssignment(
                        Tier.REALISTIC,
                        false,
                        "community program: Community-based; interviewed 2% of non-US IMG applicants, 20% of"
                                + " residents are IMGs, 60% of residents are US MDs; no clear record of taking or turning away"
                                + " applicants like you"));
    }

    @Test
    void reasonNamesTheChancesBandSoProgramsAlikeShareOneWording() {
        TierAssignment lower = classify(OPEN_COMMUNITY, ApplicantType.NON_US_IMG, TrackRole.GOAL, 0.011);
        TierAssignment higher = classify(OPEN_COMMUNITY, ApplicantType.NON_US_IMG, TrackRole.GOAL, 0.5);

        assertThat(higher).isSameAs(lower);
        assertThat(lower.reason()).endsWith("; your chance here is 1% or more");
    }

    @ParameterizedTest
    @CsvSource({"REACH,Reach", "REALISTIC,Realistic", "SAFETY,Safety"})
    void labelsEachTierAsTheApplicantReadsIt(Tier tier, String label) {
        assertThat(TIERS.label(tier)).isEqualTo(label);
    }
}
