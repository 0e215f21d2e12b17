package org.smartpick.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.core.applicant.Profile;

class StrategyAdvisorTest {
    private final StrategyInputs inputs =
            new StrategyInputs(FakeWorld.catalog(), Personas.shippedPolicy(), Personas.AS_OF);

    private Strategy advise(Profile profile) {
        return StrategyAdvisor.advise(profile, inputs, new FakeWorld.Evaluator());
    }

    private static PlanAction action(Strategy strategy, String id) {
        return strategy.plan().stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no plan action " + id + " in " + strategy.plan()));
    }

    @Test
    void geneticsPersonaPlanMentionsPathwayAndVisaStep3WithItsOwnNumbers() {
        Profile profile = Personas.nonUsImgGenetics();
        Strategy strategy = advise(profile);
        ListOutcome now = new FakeWorld.Evaluator().evaluate(profile);

        PlanAction pathway = action(strategy, "two-step-pathway");
        assertThat(pathway.because())
                .contains(Phrases.percent(now.pGoalTrack()))
                .contains(Phrases.percent(now.pAtLeastOneMatch()))
                .contains("Medical Genetics and Genomics");
        assertThat(pathway.advice()).contains("Pediatrics or Internal Medicine");

        PlanAction step3 = action(strategy, "step3-before-applying");
        ListOutcome withStep3 = new FakeWorld.Evaluator().evaluate(ProfileChange.STEP3_PASSED.apply(profile));
        assertThat(step3.because())
                .contains("H-1B")
                .contains("graduated in 2021")
                .contains(Phrases.percent(now.pAtLeastOneMatch()) + " to "
                        + Phrases.percent(withStep3.pAtLeastOneMatch()));
        assertThat(action(strategy, "visa-flexibility").because()).contains("not passed Step 3");
    }

    @Test
    void geneticsPersonaPlanIsNumberedInOrderWithoutGaps() {
        List<PlanAction> plan = advise(Personas.nonUsImgGenetics()).plan();
        assertThat(plan)
                .extracting(PlanAction::priority)
                .containsExactlyElementsOf(java.util.stream.IntStream.rangeClosed(1, plan.size())
                        .boxed()
                        .toList());
    }

    @Test
    void usMdProfileGetsNoVisaAdvice() {
        Strategy strategy = advise(Personas.usMdInternalMedicine());
        assertThat(strategy.plan())
                .extracting(PlanAction::id)
                .doesNotContain("visa-flexibility", "step3-gate", "step3-before-applying", "us-clinical-experience");
        assertThat(strategy.plan())
                .allSatisfy(a -> assertThat(a.advice() + a.because()).doesNotContain("J-1", "H-1B", "visa"));
        assertThat(strategy.whatIfs()).extracting(WhatIf::id).doesNotContain("accept-j1", "usce-plus-3-months");
    }

    @Test
    void h1bOnlyApplicantWithoutStep3IsToldStep3IsTheGateAndTheWhatIfShowsIt() {
        Profile profile = Personas.nonUsImgH1bReapplicant();
        Strategy strategy = advise(profile);

        PlanAction gate = action(strategy, "step3-gate");
        assertThat(gate.priority()).isEqualTo(1);
        assertThat(gate.advice()).contains("gate");
        WhatIf step3 = strategy.whatIfs().stream()
                .filter(w -> w.id().equals("step3-passed"))
                .findFirst()
                .orElseThrow();
        assertThat(step3.pBefore()).isZero();
        assertThat(step3.pAfter()).isGreaterThan(0.1);
        assertThat(step3.added()).containsExactly("1403600006");
        assertThat(gate.because()).contains("0% to " + Phrases.percent(step3.pAfter()));
        assertThat(action(strategy, "reapplication-year").because()).contains("applied once before");
    }

    @Test
    void callsTheEvaluatorAtMostSixTimes() {
        FakeWorld.Evaluator evaluator = new FakeWorld.Evaluator();
        StrategyAdvisor.advise(Personas.nonUsImgH1bReapplicant(), inputs, evaluator);
        assertThat(evaluator.calls).isLessThanOrEqualTo(6);
    }

    @Test
    void sameInputGivesEqualStrategy() {
        assertThat(advise(Personas.nonUsImgGenetics())).isEqualTo(advise(Personas.nonUsImgGenetics()));
    }

    @Test
    void verifyChecklistCoversTheRecommendedListOnly() {
        Strategy strategy = advise(Personas.nonUsImgGenetics());
        ListOutcome now = new FakeWorld.Evaluator().evaluate(Personas.nonUsImgGenetics());
        assertThat(strategy.verify())
                .extracting(VerifyItem::programId)
                .isSubsetOf(now.selectedProgramIds())
                .isSorted();
    }

    @Test
    void everyFindingAndActionOfEveryPersonaCarriesItsReasonAndSource() {
        for (Profile p : List.of(
                Personas.nonUsImgGenetics(),
                Personas.usMdInternalMedicine(),
                Personas.usImgPediatrics(),
                Personas.nonUsImgH1bReapplicant())) {
            Strategy s = advise(p);
            assertThat(s.assessment().items())
                    .allSatisfy(
                            i -> assertThat(List.of(i.finding(), i.source())).allMatch(t -> !t.isBlank()));
            assertThat(s.plan())
                    .isNotEmpty()
                    .allSatisfy(a -> assertThat(List.of(a.advice(), a.because(), a.source()))
                            .allMatch(t -> !t.isBlank() && (t.endsWith(".") || t.endsWith(")"))));
            assertThat(s.plan()).extracting(PlanAction::id).doesNotHaveDuplicates();
        }
    }
}
