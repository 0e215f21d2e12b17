package org.smartpick.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartpick.core.applicant.Letters;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.ProfileBuilder;
import org.smartpick.core.applicant.Step2ck;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.eligibility.SeasonDeadlines;
import org.smartpick.core.strategy.PlanRules.PlanDraft;

class PlanRulesTest {
    private final StrategyPolicy policy = Personas.shippedPolicy();

    private PlanContext context(Profile profile, double pNow, double pGoal, WhatIf... whatIfs) {
        return new PlanContext(
                profile,
                new ListOutcome(pNow, List.of("1403500005"), pGoal),
                List.of(whatIfs),
                policy,
                Personas.AS_OF,
                FakeWorld.catalog().reference());
    }

    private static WhatIf whatIf(ProfileChange change, double before, double after, String... added) {
        return new WhatIf(change.id(), change.label(), before, after, List.of(added), List.of());
    }

    @Test
    void step2ckNotTakenIsTheChanceToRedefineTheProfile() {
        Profile p = Personas.nonUsImgGenetics();
        Profile untaken = ProfileBuilder.from(p).step2ck(Step2ck.notTaken()).build();
        PlanDraft draft =
                ExamPlanRules.step2ckNotTaken(context(untaken, 0.3, 0.1)).orElseThrow();
        assertThat(draft.because()).contains("212").contains("upward trend");
        assertThat(ExamPlanRules.step2ckNotTaken(context(p, 0.3, 0.1))).isEmpty();
    }

    @Test
    void step3IsTheGateForH1bOnlyApplicantsWithoutIt() {
        Profile p = Personas.nonUsImgH1bReapplicant();
        PlanDraft draft = ExamPlanRules.step3IsTheGate(context(
                        p,
                        0.0,
                        0.0,
                        whatIf(ProfileChange.STEP3_PASSED, 0.0, 0.23, "1403600006"),
                        whatIf(ProfileChange.ACCEPT_J1, 0.0, 0.29, "1403500005")))
                .orElseThrow();
        assertThat(draft.urgency()).isEqualTo(1);
        assertThat(draft.because())
                .contains("from 0% to 23% (+23 points; 1 program joins the list)")
                .contains("instead give 29%");
        assertThat(ExamPlanRules.step3IsTheGate(context(ProfileChange.STEP3_PASSED.apply(p), 0.2, 0.2)))
                .isEmpty();
        assertThat(ExamPlanRules.step3IsTheGate(context(Personas.nonUsImgGenetics(), 0.2, 0.2)))
                .isEmpty();
    }

    private PlanContext dated(Profile profile, double pNow, int listed, LocalDate today, WhatIf... whatIfs) {
        List<String> ids = java.util.stream.IntStream.range(0, listed)
                .mapToObj(i -> String.valueOf(1_403_500_000 + i))
                .toList();
        return new PlanContext(
                profile,
                new ListOutcome(pNow, ids, pNow),
                List.of(whatIfs),
                policy,
                Personas.AS_OF,
                FakeWorld.catalog().reference(),
                Optional.of(new SeasonDeadlines(
                        2028,
                        today,
                        LocalDate.of(2028, 2, 23),
                        28,
                        LocalDate.of(2027, 9, 22),
                        LocalDate.of(2028, 7, 1))));
    }

    @Test
    void step3GateLeadsWithTheDatedBookingWhileAResultCanStillCome() {
        Profile p = Personas.nonUsImgH1bReapplicant();
        PlanDraft draft = ExamPlanRules.step3IsTheGate(
                        dated(p, 0.13, 94, LocalDate.of(2026, 11, 25), whatIf(ProfileChange.ACCEPT_J1, 0.13, 0.23)))
                .orElseThrow();

        assertThat(draft.urgency()).isZero();
        assertThat(draft.advice())
                .isEqualTo("Book Step 3 now and sit it by 2028-01-26: results take about 28 days, and "
                        + "programs that sponsor the H-1B need a pass by 2028-02-23 (the rank-list deadline).");
        assertThat(draft.because())
                .contains("Every program on your list (94)")
                .contains("13% chance")
                .contains("instead give 23%");
        assertThat(draft.source()).contains("eras_season_calendar.csv");
    }

    @Test
    void step3GateAfterTheLastDayToSitItPointsToNextSeason() {
        PlanDraft draft = ExamPlanRules.step3IsTheGate(
                        dated(Personas.nonUsImgH1bReapplicant(), 0, 0, LocalDate.of(2028, 1, 27)))
                .orElseThrow();

        assertThat(draft.urgency()).isEqualTo(1);
        assertThat(draft.because()).contains("needed the exam by 2028-01-26");
    }

    @Test
    void theDatedStep3ActionComesFirstInThePlan() {
        Profile p = Personas.nonUsImgH1bReapplicant();
        List<PlanAction> plan = PlanRules.plan(dated(
                p,
                0.13,
                94,
                LocalDate.of(2026, 11, 25),
                whatIf(ProfileChange.STEP3_PASSED, 0.13, 0.15),
                whatIf(ProfileChange.ACCEPT_J1, 0.13, 0.23)));

        assertThat(plan.get(0).id()).isEqualTo("step3-gate");
        assertThat(plan.get(0).advice()).startsWith("Book Step 3 now and sit it by 2028-01-26");
    }

    @Test
    void noH1bStep3AdviceForApplicantsWhoDoNotTrainOnAnH1b() {
        Profile j1Only = ProfileBuilder.from(Personas.nonUsImgGenetics())
                .needsVisa(VisaType.J1)
                .build();
        Profile citizen = Personas.usImgPediatrics();
        for (Profile p : List.of(j1Only, citizen, withGraduation(citizen, 2012), withGraduation(j1Only, 2012))) {
            List<PlanAction> plan = PlanRules.plan(
                    dated(p, 0.5, 30, LocalDate.of(2026, 11, 25), whatIf(ProfileChange.STEP3_PASSED, 0.5, 0.52)));
            assertThat(plan)
                    .as("%s %s", p.visa(), p.graduationYear())
                    .noneSatisfy(a -> assertThat(a.advice() + " " + a.because()).containsIgnoringCase("H-1B"));
        }
    }

    @Test
    void anOlderGraduateWhoNeedsNoVisaIsToldWhatStep3ShowsWithoutTheH1b() {
        PlanDraft draft = ExamPlanRules.step3BeforeApplying(
                        context(withGraduation(Personas.usImgPediatrics(), 2012), 0.5, 0.2))
                .orElseThrow();

        assertThat(draft.advice()).contains("shows recent exam performance").doesNotContain("H-1B");
        assertThat(draft.because()).contains("years since you graduated in 2012");
    }

    @Test
    void ecfmgCertificationPendingIsADatedActionForAnImg() {
        Profile p = Personas.nonUsImgGenetics();
        Profile pending = ProfileBuilder.from(p).ecfmgCertified(false).build();

        PlanDraft draft = ExamPlanRules.ecfmgCertification(dated(pending, 0.5, 30, LocalDate.of(2026, 11, 25)))
                .orElseThrow();

        assertThat(draft.urgency()).isZero();
        assertThat(draft.advice()).contains("by 2028-07-01").contains("2028-02-23");
        assertThat(ExamPlanRules.ecfmgCertification(dated(p, 0.5, 30, LocalDate.of(2026, 11, 25))))
                .isEmpty();
        assertThat(ExamPlanRules.ecfmgCertification(
                        dated(Personas.usMdInternalMedicine(), 0.9, 30, LocalDate.of(2026, 11, 25))))
                .isEmpty();
    }

    private static Profile withGraduation(Profile p, int year) {
        return ProfileBuilder.from(p).graduationYear(year).build();
    }

    @Test
    void step3BeforeApplyingWhenH1bIsWantedOrGraduationIsLongAgo() {
        PlanDraft draft = ExamPlanRules.step3BeforeApplying(
                        context(Personas.nonUsImgGenetics(), 0.6, 0.16, whatIf(ProfileChange.STEP3_PASSED, 0.6, 0.77)))
                .orElseThrow();
        assertThat(draft.because())
                .contains("accept H-1B")
                .contains("5 years since you graduated in 2021")
                .contains("60% to 77%");
        assertThat(ExamPlanRules.step3BeforeApplying(context(Personas.usImgPediatrics(), 0.5, 0.2)))
                .isEmpty();
        assertThat(ExamPlanRules.step3BeforeApplying(context(Personas.usMdInternalMedicine(), 0.9, 0.9)))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "0.70, 0.90, apply-now", // good chances already: apply
        "0.40, 0.55, strengthen-one-cycle", // +15 points from one improvement: worth a cycle
        "0.40, 0.45, apply-now", // +5 points: waiting buys little
        "0.40, 0.50, strengthen-one-cycle" // exactly the 10-point threshold
    })
    void applyNowOrStrengthenIsDecidedByTheModel(double now, double withStep3, String expectedId) {
        PlanDraft draft = RoutePlanRules.applyNowOrStrengthen(context(
                        Personas.nonUsImgGenetics(),
                        now,
                        0.1,
                        whatIf(ProfileChange.STEP3_PASSED, now, withStep3),
                        whatIf(ProfileChange.ONE_MORE_PUBLICATION, now, now + 0.01)))
                .orElseThrow();
        assertThat(draft.id()).isEqualTo(expectedId);
        assertThat(draft.because()).contains(Phrases.percent(now)).contains(Phrases.percent(withStep3));
    }

    @Test
    void twoStepPathwayWhenAFellowshipGoalIsOutOfReach() {
        PlanDraft draft = RoutePlanRules.twoStepPathway(context(Personas.nonUsImgGenetics(), 0.6, 0.16))
                .orElseThrow();
        assertThat(draft.advice())
                .contains("Pediatrics or Internal Medicine first")
                .contains("Medical Genetics and Genomics");
        assertThat(draft.because()).contains("16%").contains("60%");
        assertThat(RoutePlanRules.twoStepPathway(context(Personas.nonUsImgGenetics(), 0.6, 0.25)))
                .isEmpty();
        assertThat(RoutePlanRules.twoStepPathway(context(Personas.usImgPediatrics(), 0.5, 0.1)))
                .isEmpty();
    }

    @Test
    void parallelSpecialtyWhenACoreGoalIsOutOfReach() {
        PlanDraft draft = RoutePlanRules.parallelSpecialty(context(Personas.usImgPediatrics(), 0.5, 0.1))
                .orElseThrow();
        assertThat(draft.advice()).contains("Internal Medicine");
        assertThat(draft.because()).contains("10%").contains("50%");
        assertThat(RoutePlanRules.parallelSpecialty(context(Personas.nonUsImgGenetics(), 0.6, 0.1)))
                .isEmpty();
    }

    @Test
    void pathwayAlongsideAGoalWithinReachCitesBothChances() {
        PlanDraft draft = RoutePlanRules.pathwayAlongsideGoal(context(Personas.nonUsImgGenetics(), 0.72, 0.31))
                .orElseThrow();
        assertThat(draft.because()).contains("31%", "72%");
        assertThat(RoutePlanRules.pathwayAlongsideGoal(context(Personas.nonUsImgGenetics(), 0.6, 0.1)))
                .isEmpty();
        assertThat(RoutePlanRules.pathwayAlongsideGoal(context(Personas.usMdInternalMedicine(), 0.9, 0.9)))
                .isEmpty();
    }

    @Test
    void noPathwayOrParallelAdviceWhenEligibilityLeavesNoProgram() {
        PlanContext closed = new PlanContext(
                Personas.nonUsImgH1bReapplicant(),
                new ListOutcome(0.0, List.of(), 0.0),
                List.of(),
                policy,
                Personas.AS_OF,
                FakeWorld.catalog().reference());
        assertThat(RoutePlanRules.parallelSpecialty(closed)).isEmpty();
        assertThat(RoutePlanRules.twoStepPathway(closed)).isEmpty();
    }

    @Test
    void reapplicationYearOnlyAfterAnUnmatchedCycle() {
        PlanDraft draft = RoutePlanRules.reapplicationYear(context(
                        Personas.nonUsImgH1bReapplicant(),
                        0.0,
                        0.0,
                        whatIf(ProfileChange.STEP3_PASSED, 0.0, 0.23),
                        whatIf(ProfileChange.ONE_MORE_PUBLICATION, 0.0, 0.01)))
                .orElseThrow();
        assertThat(draft.because())
                .contains("applied once before")
                .contains("Step 3 passed before applying helps most: 0% to 23%");
        assertThat(RoutePlanRules.reapplicationYear(context(Personas.nonUsImgGenetics(), 0.6, 0.2)))
                .isEmpty();
    }

    @Test
    void visaFlexibilityPushesJ1ForH1bOnlyAndStaysSilentWithoutSponsorship() {
        PlanDraft h1bOnly = RoutePlanRules.visaFlexibility(context(
                        Personas.nonUsImgH1bReapplicant(),
                        0.0,
                        0.0,
                        whatIf(ProfileChange.ACCEPT_J1, 0.0, 0.29, "1403500005", "1403600007")))
                .orElseThrow();
        assertThat(h1bOnly.advice()).contains("J-1");
        assertThat(h1bOnly.because())
                .contains("only H-1B")
                .contains("0% to 29%")
                .contains("2 programs join");
        PlanDraft both = RoutePlanRules.visaFlexibility(context(Personas.nonUsImgGenetics(), 0.6, 0.2))
                .orElseThrow();
        assertThat(both.because()).contains("not passed Step 3");
        assertThat(RoutePlanRules.visaFlexibility(context(Personas.usMdInternalMedicine(), 0.9, 0.9)))
                .isEmpty();
        assertThat(RoutePlanRules.visaFlexibility(context(Personas.usImgPediatrics(), 0.5, 0.2)))
                .isEmpty();
    }

    @Test
    void lettersAskForTheMissingSpecialtyLetters() {
        PlanDraft draft = ExperiencePlanRules.lettersFromSpecialty(context(
                        Personas.usImgPediatrics(),
                        0.5,
                        0.2,
                        whatIf(ProfileChange.ONE_MORE_SPECIALTY_LETTER, 0.5, 0.54)))
                .orElseThrow();
        assertThat(draft.advice()).startsWith("Ask for 1 more letter").contains("Pediatrics");
        assertThat(draft.because()).contains("3 letters, 1 from the specialty").contains("50% to 54%");
        Profile fewLetters = ProfileBuilder.from(Personas.usImgPediatrics())
                .letters(new Letters(1, 1, 0))
                .build();
        assertThat(ExperiencePlanRules.lettersFromSpecialty(context(fewLetters, 0.5, 0.2))
                        .orElseThrow()
                        .advice())
                .startsWith("Ask for 2 more letters");
        assertThat(ExperiencePlanRules.lettersFromSpecialty(context(Personas.nonUsImgGenetics(), 0.6, 0.2)))
                .isEmpty();
    }

    @Test
    void handsOnExperienceForImgsBelowTheTarget() {
        PlanDraft draft = ExperiencePlanRules.handsOnExperience(context(
                        Personas.usImgPediatrics(), 0.5, 0.2, whatIf(ProfileChange.HANDS_ON_USCE_3_MONTHS, 0.5, 0.58)))
                .orElseThrow();
        assertThat(draft.because())
                .contains("2 months of hands-on")
                .contains("3 months of observerships")
                .contains("50% to 58%");
        assertThat(ExperiencePlanRules.handsOnExperience(context(Personas.nonUsImgGenetics(), 0.6, 0.2)))
                .isEmpty();
        assertThat(ExperiencePlanRules.handsOnExperience(context(Personas.usMdInternalMedicine(), 0.9, 0.9)))
                .isEmpty();
    }

    @Test
    void specialtyExposureForImgsWithLittleOfIt() {
        assertThat(ExperiencePlanRules.specialtyExposure(context(Personas.usImgPediatrics(), 0.5, 0.2))
                        .orElseThrow()
                        .because())
                .contains("2 months");
        assertThat(ExperiencePlanRules.specialtyExposure(context(Personas.nonUsImgGenetics(), 0.6, 0.2)))
                .isEmpty();
    }

    @Test
    void researchInTheSpecialtyWhenThereIsNone() {
        PlanDraft draft = ExperiencePlanRules.researchInSpecialty(context(
                        Personas.usImgPediatrics(), 0.5, 0.2, whatIf(ProfileChange.ONE_MORE_PUBLICATION, 0.5, 0.5)))
                .orElseThrow();
        assertThat(draft.because())
                .contains("1 research item, 0 in the specialty")
                .contains("would stay at 50%");
        assertThat(ExperiencePlanRules.researchInSpecialty(context(Personas.nonUsImgGenetics(), 0.6, 0.2)))
                .isEmpty();
    }

    @Test
    void presentSpecialtyExperienceNamesTheApplicantsOwnWork() {
        PlanDraft draft = ExperiencePlanRules.presentSpecialtyExperience(context(Personas.nonUsImgGenetics(), 0.6, 0.2))
                .orElseThrow();
        assertThat(draft.because())
                .contains("8 months")
                .contains("dysmorphology clinic")
                .contains("3 research items");
        assertThat(ExperiencePlanRules.presentSpecialtyExperience(context(Personas.usMdInternalMedicine(), 0.9, 0.9)))
                .isEmpty();
    }

    @Test
    void planOrdersByUrgencyThenIdAndNumbersFromOne() {
        List<PlanAction> plan = PlanRules.plan(context(
                Personas.nonUsImgH1bReapplicant(),
                0.0,
                0.0,
                whatIf(ProfileChange.STEP3_PASSED, 0.0, 0.23),
                whatIf(ProfileChange.ACCEPT_J1, 0.0, 0.29)));
        assertThat(plan.get(0).id()).isEqualTo("step3-gate");
        assertThat(plan).extracting(PlanAction::priority).startsWith(1, 2, 3);
        assertThat(Optional.of(plan.size())).contains(plan.get(plan.size() - 1).priority());
    }
}
