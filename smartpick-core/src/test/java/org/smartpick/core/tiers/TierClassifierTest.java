package org.smartpick.core.tiers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartpick.core.program.ProgramBuilder.aProgram;

import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.ResearchIntensity;
import org.smartpick.core.program.ResearchIntensity.MatchBasis;
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

    static ResearchIntensity rank(int rank, MatchBasis basis) {
        return new ResearchIntensity("Test University", 500_000, rank, 162, basis);
    }

    private static TierAssignment classify(Program program, ApplicantType type, TrackRole role, double p) {
        return TIERS.classify(TIERS.factsOf(program, TIERS.standingOf(program), type), role, p);
    }

    private static final Program NO_FACTS = aProgram().build();
    private static final Program TOP_TIER = aProgram()
            .setting(Setting.UNIVERSITY)
            .researchIntensity(rank(12, MatchBasis.SAME_UNIVERSITY))
            .matchedAvgPublications(7.0)
            .usMdResidentsPct(97.0)
            .imgSharePct(2.0)
            .usMdInterviewRate(0.17)
            .nonUsImgInterviewRate(0.0)
            .build();
    private static final Program OPEN_ACADEMIC = aProgram()
            .setting(Setting.UNIVERSITY)
            .researchIntensity(rank(62, MatchBasis.SAME_UNIVERSITY))
            .usMdResidentsPct(40.0)
            .imgSharePct(45.0)
            .usMdInterviewRate(0.5)
            .nonUsImgInterviewRate(0.07)
            .build();
    private static final Program OPEN_COMMUNITY = aProgram()
            .setting(Setting.COMMUNITY)
            .residentsStep1Range("210-225")
            .usMdResidentsPct(10.0)
            .imgSharePct(80.0)
            .usMdInterviewRate(0.79)
            .nonUsImgInterviewRate(0.12)
            .build();

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
        Program affiliated = aProgram()
                .setting(Setting.COMMUNITY_UNIVERSITY_AFFILIATED)
                .researchIntensity(rank(12, MatchBasis.SAME_UNIVERSITY))
                .residentsStep1Range("Greater than 245")
                .matchedAvgPublications(7.0)
                .usMdResidentsPct(97.0)
                .imgSharePct(2.0)
                .usMdInterviewRate(0.17)
                .nonUsImgInterviewRate(0.0)
                .build();

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
        Program openTop = aProgram()
                .setting(Setting.UNIVERSITY)
                .residentsStep1Range("Greater than 245")
                .usMdResidentsPct(30.0)
                .imgSharePct(60.0)
                .usMdInterviewRate(0.3)
                .nonUsImgInterviewRate(0.06)
                .build();

        TierAssignment tier = classify(openTop, ApplicantType.NON_US_IMG, TrackRole.GOAL, 0.02);

        assertThat(tier.tier()).isEqualTo(Tier.REALISTIC);
        assertThat(tier.reason()).contains("a top-tier centre that takes applicants like you");
    }

    @Test
    void affiliatedUniversitysRankMakesAnAcademicCentreButNeverATopTierOne() {
        Program affiliated = aProgram()
                .researchIntensity(rank(5, MatchBasis.AFFILIATION_INFERRED))
                .build();

        assertThat(TIERS.standingOf(affiliated))
                .isEqualTo(new ProgramStanding(
                        ProgramStanding.Level.ACADEMIC,
                        "academic centre: affiliated university's medical-school R&D rank 5 of 162 (top 100)"));
    }

    @Test
    void programThatRarelyInterviewsYourTypeIsAReach() {
        Program closed = aProgram()
                .setting(Setting.COMMUNITY)
                .usMdResidentsPct(50.0)
                .imgSharePct(20.0)
                .usMdInterviewRate(0.6)
                .nonUsImgInterviewRate(0.0)
                .build();

        TierAssignment tier = classify(closed, ApplicantType.NON_US_IMG, TrackRole.GOAL, 0.02);

        assertThat(tier.tier()).isEqualTo(Tier.REACH);
        assertThat(tier.reason()).contains("few non-US IMGs taken: interviewed 0% of non-US IMG applicants (below 1%)");
    }

    @Test
    void mostlyUsMdResidentsCloseAProgramToImgsButNotToUsMds() {
        Program usMdHeavy =
                aProgram().setting(Setting.COMMUNITY).usMdResidentsPct(95.0).build();

        assertThat(TIERS.factsOf(usMdHeavy, TIERS.standingOf(usMdHeavy), ApplicantType.NON_US_IMG)
                        .openness())
                .isEqualTo(new Openness(
                        Openness.Level.CLOSED, "few non-US IMGs taken: 95% of residents are US MDs (90% or more)"));
        assertThat(TIERS.factsOf(usMdHeavy, TIERS.standingOf(usMdHeavy), ApplicantType.US_MD)
                        .openness()
                        .level())
                .isEqualTo(Openness.Level.UNKNOWN);
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
        TierAssignment tier = classify(OPEN_ACADEMIC, ApplicantType.NON_US_IMG, TrackRole.GOAL, 0.02);

        assertThat(tier.tier()).isEqualTo(Tier.REALISTIC);
        assertThat(tier.reason()).contains("an academic centre that takes applicants like you");
    }

    @Test
    void openPathwayIsASafetyOnlyWhereItsInstitutionAlsoTrainsInTheGoal() {
        TierAssignment linked = classify(OPEN_ACADEMIC, ApplicantType.NON_US_IMG, TrackRole.LINKED_PATHWAY, 0.02);
        TierAssignment unlinked = classify(OPEN_COMMUNITY, ApplicantType.NON_US_IMG, TrackRole.UNLINKED_PATHWAY, 0.02);

        assertThat(linked.tier()).isEqualTo(Tier.SAFETY);
        assertThat(linked.alternativePathway()).isTrue();
        assertThat(linked.reason()).contains("its institution also trains in your goal field");
        assertThat(unlinked.tier()).isEqualTo(Tier.REALISTIC);
        assertThat(unlinked.reason()).contains("a pathway without a program of your goal field at its institution");
    }

    @Test
    void programWithoutAClearRecordIsRealisticAndSaysWhatIsOnFile() {
        Program neutral = aProgram()
                .setting(Setting.COMMUNITY)
                .usMdResidentsPct(60.0)
                .imgSharePct(20.0)
                .usMdInterviewRate(0.2)
                .nonUsImgInterviewRate(0.02)
                .build();

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
        TierClassifier.ProgramFacts facts =
                TIERS.factsOf(OPEN_COMMUNITY, TIERS.standingOf(OPEN_COMMUNITY), ApplicantType.NON_US_IMG);
        TierAssignment lower = TIERS.classify(facts, TrackRole.GOAL, 0.011);
        TierAssignment higher = TIERS.classify(facts, TrackRole.GOAL, 0.5);

        assertThat(higher).isSameAs(lower);
        assertThat(lower.reason()).endsWith("; your chance here is 1% or more");
    }

    @ParameterizedTest
    @CsvSource({"REACH,Reach", "REALISTIC,Realistic", "SAFETY,Safety"})
    void labelsEachTierAsTheApplicantReadsIt(Tier tier, String label) {
        assertThat(tier.label()).isEqualTo(label);
    }
}
