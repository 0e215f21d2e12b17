package org.smartpick.core.chance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.smartpick.core.applicant.ProfileBuilder.aProfile;
import static org.smartpick.core.applicant.ProfileBuilder.goal;
import static org.smartpick.core.program.ProgramBuilder.aProgram;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.ClinicalExperience;
import org.smartpick.core.applicant.ExamResult;
import org.smartpick.core.applicant.Letters;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.ProfileBuilder;
import org.smartpick.core.applicant.Research;
import org.smartpick.core.applicant.SpecialtyExperience;
import org.smartpick.core.applicant.Step1;
import org.smartpick.core.applicant.Step2ck;
import org.smartpick.core.applicant.Step3;
import org.smartpick.core.applicant.Usmle;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.ProgramBuilder;
import org.smartpick.core.program.YesNoUnknown;

class ChanceModelTest {
    private static final int SEASON = 2026;
    private static final String[] CODES = {"140", "320", "765", "130", "080", "999"};
    private static final String[] STATES = {"NY", "NJ", "TX", "CA", "OH"};
    private final ChanceModel model = ChanceModel.of(TestData.parameters());

    private static Profile randomProfile(Random r) {
        ApplicantType type = ApplicantType.values()[r.nextInt(4)];
        List<VisaType> accepts = r.nextBoolean() ? List.of(VisaType.J1, VisaType.H1B) : List.of(VisaType.J1);
        return aProfile()
                .name("p")
                .applicantType(type)
                .citizenship("")
                .visa(new Visa(type == ApplicantType.NON_US_IMG, accepts))
                .graduationYear(2012 + r.nextInt(14))
                .ecfmgCertified(type.isImg())
                .usmle(new Usmle(
                        new Step1(
                                ExamResult.PASS,
                                r.nextBoolean() ? OptionalInt.of(190 + r.nextInt(70)) : OptionalInt.empty(),
                                1 + r.nextInt(2)),
                        new Step2ck(OptionalInt.of(200 + r.nextInt(70)), 1 + r.nextInt(2)),
                        r.nextBoolean()
                                ? new Step3(true, true, OptionalInt.of(200 + r.nextInt(50)), 1)
                                : Step3.notTaken()))
                .usClinicalExperience(new ClinicalExperience(r.nextInt(14), r.nextInt(14)))
                .specialtyExperience(new SpecialtyExperience("x", r.nextInt(30), List.of()))
                .research(new Research(r.nextInt(6), r.nextInt(6), r.nextInt(6), r.nextInt(12)))
                .letters(new Letters(4, r.nextInt(5), r.nextInt(5)))
                .targets(goal(CODES[r.nextInt(CODES.length)]))
                .preferredStates(STATES[r.nextInt(STATES.length)])
                .build();
    }

    private static Program randomProgram(Random r, int i) {
        YesNoUnknown[] v = YesNoUnknown.values();
        return aProgram()
                .id(String.format("%010d", 1400000000L + i))
                .specialty(CODES[r.nextInt(CODES.length)], "")
                .state(STATES[r.nextInt(STATES.length)])
                .j1Visa(v[r.nextInt(3)])
                .h1bVisa(v[r.nextInt(3)])
                .imgSharePct(r.nextBoolean() ? r.nextDouble() * 90 : null)
                .firstYearPositions(r.nextBoolean() ? 4 + r.nextInt(40) : null)
                .interviewsLastYear(r.nextBoolean() ? 20 + r.nextInt(600) : null)
                .build();
    }

    /** The program with a stated share of non-US IMG applicants it interviewed (0..1). */
    private static Program withNonUsImgRate(Program program, double rate) {
        return ProgramBuilder.from(program).nonUsImgInterviewRate(rate).build();
    }

    /** Checks over random profiles and programs that the changed profile never has a lower chance anywhere. */
    private void neverLowers(UnaryOperator<Profile> better) {
        Random r = new Random(20260301);
        for (int n = 0; n < 300; n++) {
            Profile profile = randomProfile(r);
            Program program = randomProgram(r, n);
            ChanceEstimate before = model.estimate(profile, program, SEASON);
            ChanceEstimate after = model.estimate(better.apply(profile), program, SEASON);
            assertThat(after.pInterview()).as("%s at %s", profile, program).isGreaterThanOrEqualTo(before.pInterview());
            assertThat(after.pMatch()).isGreaterThanOrEqualTo(before.pMatch());
        }
    }

    @Test
    void programFactorsOfAProfileGiveAChangedProfileItsOwnChancesWhereTheySayTheyHold() {
        Random r = new Random(20261125);
        for (int n = 0; n < 300; n++) {
            Profile profile = randomProfile(r);
            Profile changed = ProfileBuilder.from(profile)
                    .step3(new Step3(true, true, OptionalInt.empty(), 1))
                    .usClinicalExperience(new ClinicalExperience(12, 2))
                    .research(new Research(5, 1, 1, 4))
                    .letters(new Letters(4, 4, 3))
                    .build();
            Program program = randomProgram(r, n);
            ApplicantChances base = model.forApplicant(profile, SEASON);
            ApplicantChances what = model.forApplicant(changed, SEASON);

            assertThat(what.sameProgramFactorsAs(base)).isTrue();
            assertThat(what.chances(program, base.programFactors(program)))
                    .as("%s at %s", changed, program)
                    .isEqualTo(what.chances(program));
        }
    }

    @Test
    void programFactorsDoNotHoldForOtherPreferredStatesAnotherApplicantTypeOrOtherVisaNeeds() {
        Profile profile = randomProfile(new Random(7));
        Profile otherStates = ProfileBuilder.from(profile).preferredStates("WY").build();
        ApplicantType otherImgStatus = profile.applicantType().isImg() ? ApplicantType.US_MD : ApplicantType.NON_US_IMG;
        Profile otherType =
                ProfileBuilder.from(profile).applicantType(otherImgStatus).build();

        assertThat(model.forApplicant(otherStates, SEASON).sameProgramFactorsAs(model.forApplicant(profile, SEASON)))
                .isFalse();
        assertThat(model.forApplicant(otherType, SEASON).sameProgramFactorsAs(model.forApplicant(profile, SEASON)))
                .isFalse();
        Visa otherVisa = profile.visa().needsSponsorship() ? Visa.none() : new Visa(true, List.of(VisaType.J1));
        Profile otherVisaNeeds = ProfileBuilder.from(profile).visa(otherVisa).build();
        assertThat(model.forApplicant(otherVisaNeeds, SEASON).sameProgramFactorsAs(model.forApplicant(profile, SEASON)))
                .isFalse();
    }

    @Test
    void aBetterStep2ScoreNeverLowersAChance() {
        neverLowers(p -> ProfileBuilder.from(p)
                .step2ck(new Step2ck(
                        OptionalInt.of(p.usmle().step2ck().score().getAsInt() + 12),
                        p.usmle().step2ck().attempts()))
                .build());
    }

    @Test
    void fewerAttemptsNeverLowerAChance() {
        neverLowers(p -> ProfileBuilder.from(p)
                .step1(new Step1(p.usmle().step1().result(), p.usmle().step1().score(), 1))
                .step2ck(new Step2ck(p.usmle().step2ck().score(), 1))
                .build());
    }

    @Test
    void moreExperienceResearchAndLettersNeverLowerAChance() {
        neverLowers(p -> ProfileBuilder.from(p)
                .usClinicalExperience(new ClinicalExperience(
                        p.usClinicalExperience().handsOnMonths() + 2,
                        p.usClinicalExperience().observershipMonths() + 1))
                .research(new Research(
                        p.research().publications() + 1,
                        p.research().abstracts(),
                        p.research().posters(),
                        p.research().inSpecialty() + 1))
                .letters(new Letters(
                        p.letters().total() + 1,
                        p.letters().us() + 1,
                        p.letters().fromSpecialty() + 1))
                .build());
    }

    @Test
    void aVisaTheProgramSponsorsNeverLowersAChanceAndUnknownLiesBetweenYesAndNo() {
        Profile persona = TestData.persona();
        double[] p = new double[3];
        for (YesNoUnknown j1 : YesNoUnknown.values()) {
            Program program =
                    aProgram().state("TX").j1Visa(j1).h1bVisa(YesNoUnknown.NO).build();
            p[j1.ordinal()] = model.estimate(persona, program, SEASON).pInterview();
        }
        assertThat(p[YesNoUnknown.YES.ordinal()]).isGreaterThan(p[YesNoUnknown.UNKNOWN.ordinal()]);
        assertThat(p[YesNoUnknown.UNKNOWN.ordinal()]).isGreaterThan(p[YesNoUnknown.NO.ordinal()]);
    }

    @Test
    void aMonthHandsOnCountsMoreThanAMonthObserving() {
        Profile base = TestData.persona();
        Program program = aProgram()
                .state("TX")
                .j1Visa(YesNoUnknown.YES)
                .h1bVisa(YesNoUnknown.NO)
                .build();
        Function<ClinicalExperience, Double> pInterview = experience -> model.estimate(
                        ProfileBuilder.from(base)
                                .usClinicalExperience(experience)
                                .build(),
                        program,
                        SEASON)
                .pInterview();
        double handsOn = pInterview.apply(new ClinicalExperience(4, 4));
        double observing = pInterview.apply(new ClinicalExperience(3, 5));
        assertThat(handsOn).isGreaterThan(observing);
    }

    @Test
    void signalsRaiseChancesGoldMoreThanSilverAndTheRangeContainsTheEstimate() {
        Random r = new Random(7);
        for (int n = 0; n < 200; n++) {
            ChanceEstimate e = model.estimate(randomProfile(r), randomProgram(r, n), SEASON);
            assertThat(e.pInterviewSignalled()).isGreaterThanOrEqualTo(e.pInterview());
            assertThat(e.pMatchSignalled()).isGreaterThanOrEqualTo(e.pMatch());
            assertThat(e.pMatchGoldSignalled()).isGreaterThanOrEqualTo(e.pMatchSignalled());
            assertThat(e.pMatchLow()).isLessThanOrEqualTo(e.pMatch());
            assertThat(e.pMatchHigh()).isGreaterThanOrEqualTo(e.pMatch());
            assertThat(e.pMatch()).isLessThanOrEqualTo(e.pInterview());
        }
    }

    @Test
    void silverSignalMultipliesTheInterviewOddsByTheDocumentedRatio() {
        ChanceEstimate e = model.estimate(
                TestData.persona(),
                aProgram()
                        .state("TX")
                        .j1Visa(YesNoUnknown.YES)
                        .h1bVisa(YesNoUnknown.NO)
                        .build(),
                SEASON);
        double odds = e.pInterview() / (1 - e.pInterview());
        double signalled = e.pInterviewSignalled() / (1 - e.pInterviewSignalled());
        assertThat(signalled / odds).isCloseTo(2.6, within(1e-9));
    }

    @Test
    void contributionsAddUpToTheInterviewLogOddsAndNameTheFacts() {
        Program program = aProgram()
                .j1Visa(YesNoUnknown.UNKNOWN)
                .h1bVisa(YesNoUnknown.NO)
                .imgSharePct(55.0)
                .firstYearPositions(10)
                .interviewsLastYear(150)
                .build();
        ChanceEstimate e = model.estimate(TestData.persona(), program, SEASON);

        assertThat(Math.log(e.pInterview() / (1 - e.pInterview()))).isCloseTo(e.logOdds(), within(1e-9));
        assertThat(e.contributions())
                .extracting(Contribution::factor)
                .startsWith("baseline", "step2ck")
                .contains("img-share", "visa-unknown", "preferred-state", "interviews-per-position");
        assertThat(e.contributions().get(1).explanation()).contains("Step 2 CK 236", "241.1");
        assertThat(e.contributions())
                .filteredOn(c -> c.factor().equals("img-share"))
                .singleElement()
                .satisfies(c -> assertThat(c.explanation()).contains("55.0% IMGs"));
        assertThat(e.contributions().get(0).explanation()).contains("Internal Medicine (Categorical)", "3573 of 7630");
    }

    @Test
    void goalOnlyFactorsCountInTheGoalSpecialtyAndEveryOtherFactorReadsTheSameInBoth() {
        ApplicantChances chances = model.forApplicant(TestData.persona(), SEASON);
        List<Contribution> goal = chances.explain(aProgram()
                .id("7651200001")
                .specialty("765", "Pediatrics/Medical Genetics")
                .j1Visa(YesNoUnknown.YES)
                .h1bVisa(YesNoUnknown.NO)
                .build());
        List<Contribution> pathway = chances.explain(
                aProgram().j1Visa(YesNoUnknown.YES).h1bVisa(YesNoUnknown.NO).build());

        List<String> order = List.of(
                "baseline",
                "step2ck",
                "step1",
                "step3-passed",
                "step3-score",
                "failed-attempts",
                "years-since-graduation",
                "earlier-cycles",
                "usce-hands-on",
                "usce-observership",
                "us-letters",
                "research",
                "research-in-specialty",
                "specialty-experience",
                "letters-from-specialty",
                "img-share",
                "visa-unknown",
                "preferred-state",
                "interviews-per-position",
                "program-openness",
                "step2-selectivity");
        assertThat(goal).extracting(Contribution::factor).containsExactlyElementsOf(order);
        assertThat(pathway).extracting(Contribution::factor).containsExactlyElementsOf(order);
        assertThat(goal.subList(2, 12)).isEqualTo(pathway.subList(2, 12));
        assertThat(goal.get(13).explanation()).startsWith("8 months of experience in your goal specialty (capped at");
        assertThat(pathway.get(13).explanation())
                .startsWith(
                        "8 months of experience in your goal specialty, not counted: this specialty is not one of your goals");
        assertThat(pathway.get(13).logOdds()).isZero();
        assertThat(goal.get(13).logOdds()).isPositive();
    }

    @Test
    void numbersOnlyChancesEqualTheExplainedEstimateAndExplainGivesItsContributions() {
        Random r = new Random(19);
        for (int n = 0; n < 500; n++) {
            ApplicantChances chances = model.forApplicant(randomProfile(r), SEASON);
            for (int k = 0; k < 5; k++) {
                Program program = randomProgram(r, 5 * n + k);
                ChanceEstimate explained = chances.estimate(program);
                ChanceEstimate numbers = chances.chances(program);
                assertThat(numbers)
                        .isEqualTo(new ChanceEstimate(
                                explained.pInterview(),
                                explained.pMatch(),
                                explained.pMatchLow(),
                                explained.pMatchHigh(),
                                explained.pInterviewSignalled(),
                                explained.pMatchSignalled(),
                                explained.pMatchGoldSignalled(),
                                List.of()));
                assertThat(chances.explain(program)).isEqualTo(explained.contributions());
                assertThat(Math.log(numbers.pInterview() / (1 - numbers.pInterview())))
                        .isCloseTo(explained.logOdds(), within(1e-9));
            }
        }
    }

    @Test
    void listChancesAreTheEstimatesMatchChancesWithAndWithoutSignals() {
        Random r = new Random(23);
        for (int n = 0; n < 500; n++) {
            ApplicantChances chances = model.forApplicant(randomProfile(r), SEASON);
            Program program = randomProgram(r, n);
            ChanceEstimate estimate = chances.chances(program);

            assertThat(chances.listChances(program, chances.programFactors(program)))
                    .as("%s", program)
                    .isEqualTo(new ApplicantChances.ListChances(
                            estimate.pMatch(), estimate.pMatchSignalled(), estimate.pMatchGoldSignalled()));
        }
    }

    @ParameterizedTest
    @EnumSource(ApplicantType.class)
    void theTypicalApplicantInternalMedicineChanceComesFromTheCalibratedCellAndItsPipelineShift(ApplicantType type) {
        ModelParameters parameters = TestData.parameters();
        double cell = parameters.cells().stream()
                .filter(c -> c.id().equals("internal-medicine-categorical"))
                .findFirst()
                .orElseThrow()
                .baselines()
                .get(type)
                .intercept();
        double shift = parameters.pipeline().shift("internal-medicine-categorical", type);

        if (type.isImg()) {
            assertThat(shift)
                    .as("the end-to-end calibration takes the choice of IMG-friendly programs back out")
                    .isNegative();
        }
        assertThat(model.baseline("140", org.smartpick.core.program.Track.CATEGORICAL, type)
                        .intercept())
                .isCloseTo(cell + shift, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void aSpecialtyWithoutOutcomesForATypeTakesItsOtherTypesBaselinesMovedByTheTypesGap() {
        // Thoracic surgery has NRMP cells only for US MD (too few DO, US IMG and non-US IMG applicants to fit).
        double thoracicMd = model.baseline("461", org.smartpick.core.program.Track.CATEGORICAL, ApplicantType.US_MD)
                .intercept();
        double thoracicDo = model.baseline("461", org.smartpick.core.program.Track.CATEGORICAL, ApplicantType.US_DO)
                .intercept();
        double imMd = model.baseline("140", org.smartpick.core.program.Track.CATEGORICAL, ApplicantType.US_MD)
                .intercept();
        double imDo = model.baseline("140", org.smartpick.core.program.Track.CATEGORICAL, ApplicantType.US_DO)
                .intercept();

        assertThat(thoracicDo).isLessThan(thoracicMd);
        assertThat(thoracicDo)
                .as("a specialty hard for US MD applicants stays hard for DOs")
                .isLessThan(imDo);
        assertThat(imDo).isLessThan(imMd);
    }

    @Test
    void addingAProgramNeverLowersTheChanceOfAtLeastOneMatchAndCorrelationLowersIt() {
        Random r = new Random(11);
        ApplicantChances chances = model.forApplicant(TestData.persona(), SEASON);
        List<Double> chosen = new ArrayList<>();
        double previous = 0;
        for (int n = 0; n < 60; n++) {
            chosen.add(chances.estimate(randomProgram(r, n)).pMatch());
            double[] p = chosen.stream().mapToDouble(Double::doubleValue).toArray();
            double correlated = model.portfolio().atLeastOne(p);
            assertThat(correlated).isGreaterThanOrEqualTo(previous - 1e-12);
            assertThat(correlated)
                    .isLessThanOrEqualTo(
                            org.smartpick.core.portfolio.LatentFactorModel.independentAtLeastOne(p) + 1e-12);
            previous = correlated;
        }
    }

    @Test
    void everyEstimateIsAProbabilityWithinItsRangeAndAMatchNeedsAnInterview() {
        Random r = new Random(3);
        ApplicantChances chances = model.forApplicant(TestData.persona(), SEASON);
        for (int i = 0; i < 1000; i++) {
            ChanceEstimate e = chances.estimate(randomProgram(r, i));
            assertThat(e.pInterview()).as("%s", e).isBetween(0.0, 1.0);
            assertThat(e.pMatch()).as("%s", e).isBetween(0.0, e.pInterview()).isBetween(e.pMatchLow(), e.pMatchHigh());
        }
    }

    @Test
    void aProgramsOwnInterviewRateForTheApplicantsTypeMovesTheChanceAndReplacesItsImgShare() {
        Program base = aProgram()
                .j1Visa(YesNoUnknown.YES)
                .h1bVisa(YesNoUnknown.NO)
                .imgSharePct(55.0)
                .firstYearPositions(10)
                .interviewsLastYear(150)
                .build();
        ApplicantChances chances = model.forApplicant(TestData.persona(), SEASON);
        assertThat(TestData.persona().applicantType()).isEqualTo(ApplicantType.NON_US_IMG);

        double open = chances.chances(withNonUsImgRate(base, 0.20)).pInterview();
        double closed = chances.chances(withNonUsImgRate(base, 0.01)).pInterview();
        List<Contribution> explained = chances.explain(withNonUsImgRate(base, 0.20));

        assertThat(open).isGreaterThan(closed);
        assertThat(explained)
                .filteredOn(c -> c.factor().equals("img-share"))
                .singleElement()
                .satisfies(c -> assertThat(c.logOdds()).isZero());
        assertThat(explained)
                .filteredOn(c -> c.factor().equals("program-openness"))
                .singleElement()
                .satisfies(c -> assertThat(c.explanation()).contains("interviewed 20% of NON US IMG applicants"));
    }

    @Test
    void aRateOfZeroOrOneIsShrunkTowardTheSpecialtyNotReadAsCertain() {
        Program base =
                aProgram().j1Visa(YesNoUnknown.YES).h1bVisa(YesNoUnknown.NO).build();
        ApplicantChances chances = model.forApplicant(TestData.persona(), SEASON);

        double none = chances.chances(withNonUsImgRate(base, 0.0)).pInterview();
        double all = chances.chances(withNonUsImgRate(base, 1.0)).pInterview();
        double unknown = chances.chances(base).pInterview();

        assertThat(none).isPositive().isLessThan(unknown);
        assertThat(all).isGreaterThan(unknown).isLessThan(1);
    }

    @Test
    void aScoreBelowTheReferenceCostsMoreAtSelectiveProgramsAndOneAboveItGainsMore() {
        Program base =
                aProgram().j1Visa(YesNoUnknown.YES).h1bVisa(YesNoUnknown.NO).build();
        Program selective = ProgramBuilder.from(base)
                .residentsStep1Range("Greater than 245")
                .build();
        Program open =
                ProgramBuilder.from(base).residentsStep1Range("Below 210").build();
        ApplicantChances weak = model.forApplicant(TestData.personaWithStep2(215), SEASON);
        ApplicantChances strong = model.forApplicant(TestData.personaWithStep2(265), SEASON);

        double weakGap =
                weak.chances(open).pInterview() - weak.chances(selective).pInterview();
        double strongGap =
                strong.chances(selective).pInterview() - strong.chances(open).pInterview();

        assertThat(weakGap)
                .as("the weak score loses more at the selective program")
                .isPositive();
        assertThat(strongGap)
                .as("the strong score gains more at the selective program")
                .isPositive();
    }
}
