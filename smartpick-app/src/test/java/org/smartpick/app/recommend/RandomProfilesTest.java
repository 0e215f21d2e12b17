package org.smartpick.app.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartpick.core.applicant.ProfileBuilder.aProfile;
import static org.smartpick.core.applicant.ProfileBuilder.goal;
import static org.smartpick.core.applicant.ProfileBuilder.pathway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.Budget;
import org.smartpick.core.applicant.ClinicalExperience;
import org.smartpick.core.applicant.ExamResult;
import org.smartpick.core.applicant.Letters;
import org.smartpick.core.applicant.Preferences;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Research;
import org.smartpick.core.applicant.Step1;
import org.smartpick.core.applicant.Step2ck;
import org.smartpick.core.applicant.Step3;
import org.smartpick.core.applicant.Target;
import org.smartpick.core.applicant.Usmle;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.optimize.CurvePoint;
import org.smartpick.core.recommend.Recommendation;
import org.smartpick.core.recommend.Summary;
import org.smartpick.core.strategy.WhatIf;

/**
 * Promises of the whole recommendation over seeded random profiles on the shipped catalog: a change that can only
 * help never shows a lower chance than now, the diminishing-returns point holds on the answer's own curve, and the
 * goal-track chance never exceeds the chance of any match.
 */
class RandomProfilesTest {
    private static final long SEED = 20_261_207L;
    private static final int PROFILES = 30;
    /** Target sets an applicant might bring: one specialty, a goal with a fallback, or the genetics pathways. */
    private static final List<List<Target>> TARGETS = List.of(
            List.of(goal("140")),
            List.of(goal("320")),
            List.of(goal("120")),
            List.of(goal("400")),
            List.of(goal("320"), pathway("140")),
            List.of(goal("140"), pathway("120")),
            List.of(goal("130"), goal("765"), goal("766"), pathway("320"), pathway("140")),
            List.of(goal("765"), pathway("320")));

    private static final List<String> STATES =
            List.of("NY", "NJ", "PA", "OH", "MI", "IL", "TX", "CA", "FL", "MA", "GA");

    private static RecommendationService service;
    private static List<Recommendation> recommendations;

    @BeforeAll
    static void recommendForRandomProfiles() {
        service = ExampleProfiles.shippedService();
        SplittableRandom random = new SplittableRandom(SEED);
        recommendations = new ArrayList<>();
        for (int i = 0; i < PROFILES; i++) {
            Profile profile = randomProfile(random, i);
            assertThat(service.check(profile))
                    .as("generated profile %d must be valid", i)
                    .isEmpty();
            recommendations.add(service.recommend(profile, service.defaultOptions(profile))
                    .recommendation()
                    .orElseThrow());
        }
    }

    @Test
    void aChangeThatCanOnlyHelpNeverShowsALowerChanceThanNow() {
        int whatIfs = 0;
        for (Recommendation r : recommendations) {
            for (WhatIf w : r.whatIfs()) {
                whatIfs++;
                // Up to rounding: the kept list's chance is summed over other tables, in another order.
                assertThat(w.pAfter())
                        .as("%s: %s", r.profileName(), w.change())
                        .isGreaterThanOrEqualTo(w.pBefore() - 1e-12);
                assertThat(w.pBefore())
                        .as(r.profileName())
                        .isEqualTo(r.summary().pAtLeastOneMatch());
            }
        }
        assertThat(whatIfs).isGreaterThan(PROFILES * 2);
    }

    @Test
    void theStatedDiminishingReturnsPointHoldsOnTheAnswersCurve() {
        int stated = 0;
        for (Recommendation r : recommendations) {
            Summary s = r.summary();
            List<CurvePoint> curve = r.curve();
            if (s.diminishingReturnsAfter().isEmpty()) {
                continue;
            }
            stated++;
            int after = s.diminishingReturnsAfter().getAsInt();
            int from = after - 1;
            assertThat(curve.get(from).applications()).isEqualTo(after);
            double end = curve.get(curve.size() - 1).pAtLeastOneMatch();
            assertThat(curve.size() - 1 - from)
                    .as(r.profileName())
                    .isGreaterThanOrEqualTo(s.diminishingReturnsRule().minFurther());
            for (int i = from; i + 1 < curve.size(); i++) {
                assertThat(curve.get(i + 1).pAtLeastOneMatch() - curve.get(i).pAtLeastOneMatch())
                        .as(r.profileName())
                        .isLessThan(s.diminishingReturnsRule().maxStep());
                assertThat(end - curve.get(i).pAtLeastOneMatch())
                        .as(r.profileName())
                        .isLessThan(s.diminishingReturnsRule().maxRest());
            }
            assertThat(ReportSentences.flatCurveSentence(r))
                    .hasValueSatisfying(text -> assertThat(text).startsWith("After " + after + " "));
        }
        assertThat(stated).as("profiles whose curve flattens").isPositive();
    }

    @Test
    void theGoalTrackChanceNeverExceedsTheChanceOfAnyMatch() {
        for (Recommendation r : recommendations) {
            assertThat(r.summary().pGoalMatch())
                    .as(r.profileName())
                    .isBetween(0.0, r.summary().pAtLeastOneMatch());
        }
    }

    private static Profile randomProfile(SplittableRandom random, int index) {
        ApplicantType type = ApplicantType.values()[random.nextInt(ApplicantType.values().length)];
        boolean img = type.isImg();
        Visa visa = Visa.none();
        if (type == ApplicantType.NON_US_IMG) {
            int kind = random.nextInt(3);
            visa = new Visa(
                    true,
                    kind == 0
                            ? List.of(VisaType.J1)
                            : kind == 1 ? List.of(VisaType.H1B) : List.of(VisaType.J1, VisaType.H1B));
        }
        int graduation = img ? 2012 + random.nextInt(15) : 2026 + random.nextInt(2);
        Step1 step1 = random.nextBoolean()
                ? new Step1(ExamResult.PASS, OptionalInt.empty(), 1 + random.nextInt(2))
                : new Step1(ExamResult.PASS, OptionalInt.of(200 + random.nextInt(60)), 1);
        Step2ck step2 = new Step2ck(OptionalInt.of(205 + random.nextInt(60)), 1 + (random.nextInt(5) == 0 ? 1 : 0));
        int step3Kind = img ? random.nextInt(3) : 0;
        Step3 step3 = step3Kind == 0
                ? Step3.notTaken()
                : step3Kind == 1
                        ? new Step3(true, true, OptionalInt.of(200 + random.nextInt(50)), 1)
                        : new Step3(true, false, OptionalInt.empty(), 1);
        int publications = random.nextInt(5);
        int abstracts = random.nextInt(4);
        int posters = random.nextInt(4);
        Research research =
                new Research(publications, abstracts, posters, random.nextInt(publications + abstracts + posters + 1));
        int letters = 2 + random.nextInt(4);
        List<String> states = new ArrayList<>();
        for (String state : STATES) {
            if (random.nextInt(4) == 0) {
                states.add(state);
            }
        }
        Budget budget = random.nextBoolean()
                ? new Budget(OptionalInt.of(500 + random.nextInt(2500)), OptionalInt.empty(), Map.of())
                : new Budget(OptionalInt.empty(), OptionalInt.of(10 + random.nextInt(70)), Map.of());
        return aProfile()
                .name("random profile " + index + " (" + type + ")")
                .applicantType(type)
                .citizenship(img ? "XX" : "US")
                .visa(visa)
                .graduationYear(graduation)
                .ecfmgCertified(img && random.nextInt(4) > 0)
                .usmle(new Usmle(step1, step2, step3))
                .usClinicalExperience(
                        img ? new ClinicalExperience(random.nextInt(12), random.nextInt(6)) : ClinicalExperience.none())
                .research(research)
                .letters(new Letters(letters, random.nextInt(letters + 1), random.nextInt(letters + 1)))
                .cyclesApplied(random.nextInt(3) == 0 ? 1 : 0)
                .targets(TARGETS.get(random.nextInt(TARGETS.size())))
                .preferences(new Preferences(states, List.of()))
                .budget(budget)
                .build();
    }
}
