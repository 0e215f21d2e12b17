package org.smartpick.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.ExamResult;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Step1;
import org.smartpick.core.applicant.Step2ck;
import org.smartpick.core.applicant.Step3;
import org.smartpick.core.applicant.Usmle;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.common.KeyValues;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Track;
import org.smartpick.core.program.YesNoUnknown;

class EligibilityRulesTest {
    private static final int SEASON = 2026;
    private static final EligibilityPolicy POLICY = new EligibilityPolicy("test", 5, 0, 225);
    private final EligibilityRules rules = new EligibilityRules(POLICY);
    /** The 2026 season's dates as of 2025-06-02: rank lists by 2026-02-25, Step 3 results in 28 days. */
    private static final SeasonDeadlines EARLY = deadlinesOn(LocalDate.of(2025, 6, 2));

    private static SeasonDeadlines deadlinesOn(LocalDate today) {
        return new SeasonDeadlines(
                SEASON, today, LocalDate.of(2026, 2, 25), 28, LocalDate.of(2025, 9, 24), LocalDate.of(2026, 7, 1));
    }

    private RuleOutcome outcome(Profile profile, Program program, String rule, SeasonDeadlines deadlines) {
        return rules.forApplicant(profile, deadlines).verdict(program).outcomes().stream()
                .filter(o -> o.rule().equals(rule))
                .findFirst()
                .orElseThrow();
    }

    private static Profile applicant(ApplicantType type, Visa visa, int graduationYear, boolean ecfmg, Usmle usmle) {
        return new Profile(
                "a", type, "", visa, graduationYear, ecfmg, usmle, null, null, null, null, null, 0, null, null, null);
    }

    private static Usmle usmle(int step1Attempts, Integer step2, int step2Attempts, boolean step3Passed) {
        return new Usmle(
                new Step1(ExamResult.PASS, OptionalInt.empty(), step1Attempts),
                new Step2ck(step2 == null ? OptionalInt.empty() : OptionalInt.of(step2), step2Attempts),
                step3Passed ? new Step3(true, true, OptionalInt.of(230), 1) : Step3.notTaken());
    }

    private static Profile img(List<VisaType> accepts) {
        return applicant(ApplicantType.NON_US_IMG, new Visa(true, accepts), 2022, true, usmle(1, 240, 1, false));
    }

    private static Program program(
            YesNoUnknown j1,
            YesNoUnknown h1b,
            YesNoUnknown restricted,
            Integer maxYears,
            Integer maxAttempts,
            Integer minStep2) {
        return program("1403500001", j1, h1b, restricted, maxYears, maxAttempts, minStep2);
    }

    private static Program program(
            String id,
            YesNoUnknown j1,
            YesNoUnknown h1b,
            YesNoUnknown restricted,
            Integer maxYears,
            Integer maxAttempts,
            Integer minStep2) {
        return new Program(
                id,
                "Program",
                "",
                "",
                "NY",
                "140",
                "Internal Medicine",
                Track.CATEGORICAL,
                ApplicationCycle.RESIDENCY_SEPTEMBER,
                Fact.unknown(),
                Fact.unknown(),
                Fact.of(j1, "freida", "2025-03-01"),
                Fact.of(h1b, "freida", "2025-03-01"),
                Fact.of(restricted, "page", "2025-01-01"),
                Fact.unknown(),
                Fact.unknown(),
                fact(minStep2),
                fact(maxYears),
                fact(maxAttempts),
                "",
                List.of());
    }

    private static <T> Fact<T> fact(T value) {
        return value == null ? Fact.unknown() : Fact.of(value, "program page", "2025-06-01");
    }

    private static Program open() {
        return program(YesNoUnknown.YES, YesNoUnknown.YES, YesNoUnknown.NO, null, null, null);
    }

    private RuleOutcome outcome(Profile profile, Program program, String rule) {
        return rules.verdict(profile, program, SEASON).outcomes().stream()
                .filter(o -> o.rule().equals(rule))
                .findFirst()
                .orElseThrow();
    }

    @ParameterizedTest
    @CsvSource({
        "YES, NO, PASSES",
        "NO, YES, PASSES",
        "NO, NO, EXCLUDES",
        "UNKNOWN, NO, VERIFY",
        "NO, UNKNOWN, VERIFY",
        "UNKNOWN, UNKNOWN, VERIFY",
        "YES, UNKNOWN, PASSES"
    })
    void visaSponsorshipCoversAVisaTheApplicantAccepts(YesNoUnknown j1, YesNoUnknown h1b, RuleEffect expected) {
        RuleOutcome o = outcome(
                img(List.of(VisaType.J1, VisaType.H1B)),
                program(j1, h1b, YesNoUnknown.NO, null, null, null),
                EligibilityRules.VISA_SPONSORSHIP);
        assertThat(o.effect()).isEqualTo(expected);
        assertThat(o.programFact()).isEqualTo("J-1 " + j1 + ", H-1B " + h1b);
        assertThat(o.profileFact()).isEqualTo("needs sponsorship, accepts [J1, H1B]");
    }

    @Test
    void applicantAcceptingOnlyJ1IsExcludedByAnH1bOnlyProgram() {
        RuleOutcome o = outcome(
                img(List.of(VisaType.J1)),
                program(YesNoUnknown.NO, YesNoUnknown.YES, YesNoUnknown.NO, null, null, null),
                EligibilityRules.VISA_SPONSORSHIP);
        assertThat(o.effect()).isEqualTo(RuleEffect.EXCLUDES);
        assertThat(o.message()).isEqualTo("The program sponsors none of the visas you accept.");
    }

    @Test
    void applicantWithoutVisaNeedPassesEveryVisaRuleWhateverTheProgramSays() {
        Profile citizen = applicant(ApplicantType.US_IMG, Visa.none(), 2023, true, usmle(1, 240, 1, false));
        EligibilityVerdict v = rules.verdict(
                citizen, program(YesNoUnknown.NO, YesNoUnknown.NO, YesNoUnknown.YES, null, null, null), SEASON);
        assertThat(v.status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    }

    @Test
    void countsAndListsTheSameOutcomesForEachEffect() {
        for (List<VisaType> accepts : List.of(List.of(VisaType.H1B), List.of(VisaType.J1), List.<VisaType>of())) {
            EligibilityVerdict v = rules.verdict(img(accepts), open(), SEASON);
            for (RuleEffect effect : RuleEffect.values()) {
                assertThat(v.count(effect)).isEqualTo(v.withEffect(effect).size());
                assertThat(v.messages(effect))
                        .isEqualTo(v.withEffect(effect).stream()
                                .map(RuleOutcome::message)
                                .toList());
            }
            assertThat(v.withEffect(RuleEffect.PASSES).size()
                            + v.count(RuleEffect.VERIFY)
                            + v.count(RuleEffect.EXCLUDES))
                    .isEqualTo(v.outcomes().size());
        }
    }

    @Test
    void rulesGiveTheSameVerdictsOnlyForEqualEligibilityFactsAndSeason() {
        Profile profile = img(List.of(VisaType.H1B));
        Profile otherName = new Profile(
                "someone else",
                profile.applicantType(),
                profile.citizenship(),
                profile.visa(),
                profile.graduationYear(),
                profile.ecfmgCertified(),
                profile.usmle(),
                profile.usClinicalExperience(),
                profile.specialtyExperience(),
                profile.research(),
                profile.letters(),
                profile.degrees(),
                profile.cyclesApplied(),
                profile.targets(),
                profile.preferences(),
                profile.budget());
        EligibilityRules.ApplicantRules base = rules.forApplicant(profile, SEASON);

        assertThat(base.sameVerdictsAs(rules.forApplicant(otherName, SEASON))).isTrue();
        assertThat(base.sameVerdictsAs(rules.forApplicant(img(List.of(VisaType.J1, VisaType.H1B)), SEASON)))
                .isFalse();
        assertThat(base.sameVerdictsAs(rules.forApplicant(profile, SEASON + 1))).isFalse();
        assertThat(rules.forApplicant(otherName, SEASON).verdict(open())).isEqualTo(base.verdict(open()));
    }

    @Test
    void oneApplicantsRulesGiveTheVerdictsOfTheProfileAndSeason() {
        Profile profile = img(List.of(VisaType.J1));
        EligibilityRules.ApplicantRules applicant = rules.forApplicant(profile, SEASON);
        assertThat(applicant.verdict(open())).isEqualTo(rules.verdict(profile, open(), SEASON));
        assertThat(applicant.verdict(open()).outcomes())
                .extracting(RuleOutcome::message)
                .doesNotContainNull();
    }

    @Test
    void h1bOnlyApplicantWithoutStep3IsIneligible() {
        EligibilityVerdict v = rules.verdict(img(List.of(VisaType.H1B)), open(), SEASON);
        assertThat(v.status()).isEqualTo(EligibilityStatus.INELIGIBLE);
        assertThat(v.withEffect(RuleEffect.EXCLUDES))
                .extracting(RuleOutcome::rule)
                .containsExactly(EligibilityRules.H1B_REQUIRES_STEP3);
    }

    @Test
    void h1bOnlyApplicantWithStep3PassedIsEligible() {
        Profile p = applicant(
                ApplicantType.NON_US_IMG, new Visa(true, List.of(VisaType.H1B)), 2022, true, usmle(1, 240, 1, true));
        assertThat(rules.verdict(p, open(), SEASON).status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    }

    @ParameterizedTest
    @CsvSource({"YES, EXCLUDES", "UNKNOWN, VERIFY", "NO, PASSES"})
    void citizenshipRestrictedFundingClosesPositionsToVisaHolders(YesNoUnknown restricted, RuleEffect expected) {
        RuleOutcome o = outcome(
                img(List.of(VisaType.J1)),
                program(YesNoUnknown.YES, YesNoUnknown.NO, restricted, null, null, null),
                EligibilityRules.CITIZENSHIP_FUNDING);
        assertThat(o.effect()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2021, 5, PASSES", "2020, 5, EXCLUDES", "2015, , VERIFY", "2022, , PASSES"})
    void programLimitOnYearsSinceGraduationCountsToTheSeason(int graduated, Integer limit, RuleEffect expected) {
        Profile p = applicant(
                ApplicantType.NON_US_IMG,
                new Visa(true, List.of(VisaType.J1)),
                graduated,
                true,
                usmle(1, 240, 1, false));
        RuleOutcome o = outcome(
                p,
                program(YesNoUnknown.YES, YesNoUnknown.NO, YesNoUnknown.NO, limit, null, null),
                EligibilityRules.YEARS_SINCE_GRADUATION);
        assertThat(o.effect()).isEqualTo(expected);
        assertThat(o.profileFact()).contains("graduated " + graduated, (SEASON - graduated) + " years");
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1, PASSES", "2, 1, 1, EXCLUDES", "2, 1, 2, PASSES", "2, 1, , VERIFY", "1, 1, , PASSES"})
    void programLimitOnAttemptsPerStep(int step1Attempts, int step2Attempts, Integer limit, RuleEffect expected) {
        Profile p = applicant(
                ApplicantType.US_MD, Visa.none(), 2026, false, usmle(step1Attempts, 240, step2Attempts, false));
        assertThat(outcome(
                                p,
                                program(YesNoUnknown.YES, YesNoUnknown.NO, YesNoUnknown.NO, null, limit, null),
                                EligibilityRules.ATTEMPTS)
                        .effect())
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "230, 230, PASSES",
        "229, 230, EXCLUDES",
        ", 230, VERIFY",
        "220, , VERIFY",
        "240, , PASSES",
        ", , VERIFY"
    })
    void programMinimumStep2Score(Integer score, Integer minimum, RuleEffect expected) {
        Profile p =
                applicant(ApplicantType.US_MD, Visa.none(), 2026, false, usmle(1, score, score == null ? 0 : 1, false));
        assertThat(outcome(
                                p,
                                program(YesNoUnknown.YES, YesNoUnknown.NO, YesNoUnknown.NO, null, null, minimum),
                                EligibilityRules.MIN_STEP2)
                        .effect())
                .isEqualTo(expected);
    }

    @Test
    void imgWithoutEcfmgCertificationMustVerifyTimingAndUsGraduatesPass() {
        Profile uncertified = applicant(
                ApplicantType.NON_US_IMG, new Visa(true, List.of(VisaType.J1)), 2022, false, usmle(1, 240, 1, false));
        RuleOutcome o = outcome(uncertified, open(), EligibilityRules.ECFMG_CERTIFICATION);
        assertThat(o.effect()).isEqualTo(RuleEffect.VERIFY);
        assertThat(o.message()).contains("July 1, 2026");
        Profile md = applicant(ApplicantType.US_MD, Visa.none(), 2026, false, usmle(1, 240, 1, false));
        assertThat(outcome(md, open(), EligibilityRules.ECFMG_CERTIFICATION).effect())
                .isEqualTo(RuleEffect.PASSES);
    }

    @Test
    void verdictListsEveryRuleOnceInAFixedOrder() {
        EligibilityVerdict v = rules.verdict(img(List.of(VisaType.J1)), open(), SEASON);
        assertThat(v.outcomes())
                .extracting(RuleOutcome::rule)
                .containsExactly(
                        EligibilityRules.VISA_SPONSORSHIP,
                        EligibilityRules.H1B_REQUIRES_STEP3,
                        EligibilityRules.CITIZENSHIP_FUNDING,
                        EligibilityRules.YEARS_SINCE_GRADUATION,
                        EligibilityRules.ATTEMPTS,
                        EligibilityRules.MIN_STEP2,
                        EligibilityRules.ECFMG_CERTIFICATION);
        assertThat(v.programId()).isEqualTo("1403500001");
    }

    @Test
    void judgeGivesEachProgramTheVerdictItsOwnFactsGive() {
        Integer[] limits = {null, 0, 3, 6, 65_534, 65_535, -1, 1_000_000};
        Integer[] minimums = {null, 0, 225, 240, 260, 65_535};
        List<Profile> applicants = List.of(
                applicant(ApplicantType.US_MD, Visa.none(), 2026, false, usmle(1, 240, 1, false)),
                img(List.of(VisaType.J1)),
                img(List.of(VisaType.H1B)),
                img(List.of(VisaType.J1, VisaType.H1B)),
                applicant(
                        ApplicantType.NON_US_IMG,
                        new Visa(true, List.of(VisaType.H1B)),
                        2015,
                        false,
                        usmle(3, null, 0, true)),
                applicant(ApplicantType.US_IMG, Visa.none(), 2019, true, usmle(2, 230, 2, false)));
        int judged = 0;
        for (EligibilityRules.ApplicantRules forApplicant : applicants.stream()
                .flatMap(applicant -> java.util.stream.Stream.of(
                        rules.forApplicant(applicant, SEASON), rules.forApplicant(applicant, EARLY)))
                .toList()) {
            EligibilityRules.ApplicantRules.Judge judge = forApplicant.judge();
            // Every combination twice, under a new id each time, so that the second is judged from the first's
            // outcomes.
            for (int pass = 0; pass < 2; pass++) {
                for (YesNoUnknown j1 : YesNoUnknown.values()) {
                    for (YesNoUnknown h1b : YesNoUnknown.values()) {
                        for (YesNoUnknown restricted : YesNoUnknown.values()) {
                            for (Integer years : limits) {
                                for (Integer sittings : limits) {
                                    for (Integer minimum : minimums) {
                                        Program program = program(
                                                String.valueOf(1_403_000_000 + judged++),
                                                j1,
                                                h1b,
                                                restricted,
                                                years,
                                                sittings,
                                                minimum);
                                        assertThat(judge.verdict(program))
                                                .as("%s at %s", forApplicant, program)
                                                .isEqualTo(forApplicant.verdict(program));
                                    }
                                }
                            }
                        }
                    }
                }
            }
        }
        assertThat(judged).isEqualTo(6 * 2 * 2 * 27 * limits.length * limits.length * minimums.length);
    }

    @Test
    void h1bOnlyApplicantWithoutStep3IsConditionalOnAPassByTheRankListDeadlineWhileAResultCanStillCome() {
        Profile h1bOnly = img(List.of(VisaType.H1B));
        EligibilityVerdict v = rules.forApplicant(h1bOnly, EARLY).verdict(open());

        assertThat(v.status()).isEqualTo(EligibilityStatus.CONDITIONAL);
        assertThat(v.canApply()).isTrue();
        assertThat(v.conditions()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ConditionKind.STEP3_PASSED);
            assertThat(c.by()).isEqualTo(LocalDate.of(2026, 2, 25));
            assertThat(c.why()).contains("about 28 days").contains("sit Step 3 by 2026-01-28");
        });
        assertThat(v.messages(RuleEffect.CONDITION))
                .singleElement()
                .asString()
                .contains("pass Step 3 by 2026-02-25")
                .contains("sit Step 3 by 2026-01-28");
    }

    @ParameterizedTest
    @CsvSource({"2026-01-28, CONDITION", "2026-01-29, EXCLUDES"})
    void h1bStep3ConditionLastsUntilTheLastDayToSitTheExam(LocalDate today, RuleEffect expected) {
        RuleOutcome o =
                outcome(img(List.of(VisaType.H1B)), open(), EligibilityRules.H1B_REQUIRES_STEP3, deadlinesOn(today));

        assertThat(o.effect()).isEqualTo(expected);
        assertThat(o.condition().isPresent()).isEqualTo(expected == RuleEffect.CONDITION);
    }

    @Test
    void tooLateForStep3SaysByWhenTheExamWasNeeded() {
        RuleOutcome o = outcome(
                img(List.of(VisaType.H1B)),
                open(),
                EligibilityRules.H1B_REQUIRES_STEP3,
                deadlinesOn(LocalDate.of(2026, 2, 1)));

        assertThat(o.message()).contains("needed the exam by 2026-01-28");
    }

    @Test
    void h1bStep3ConditionDoesNotOpenAProgramThatSponsorsNoH1b() {
        Program j1Only = program(YesNoUnknown.YES, YesNoUnknown.NO, YesNoUnknown.NO, null, null, null);

        EligibilityVerdict v =
                rules.forApplicant(img(List.of(VisaType.H1B)), EARLY).verdict(j1Only);

        assertThat(v.status()).isEqualTo(EligibilityStatus.INELIGIBLE);
        assertThat(v.withEffect(RuleEffect.EXCLUDES))
                .extracting(RuleOutcome::rule)
                .containsExactly(EligibilityRules.VISA_SPONSORSHIP);
    }

    @Test
    void noConditionForApplicantsTheStep3RuleDoesNotConcern() {
        for (Profile p : List.of(
                img(List.of(VisaType.J1)),
                img(List.of(VisaType.J1, VisaType.H1B)),
                applicant(ApplicantType.US_IMG, Visa.none(), 2022, true, usmle(1, 240, 1, false)))) {
            assertThat(rules.forApplicant(p, EARLY).verdict(open()).conditions())
                    .as("%s", p.visa())
                    .isEmpty();
        }
    }

    @Test
    void ecfmgCertificationPendingIsConditionalOnCertificationByResidencyStart() {
        Profile pending = applicant(
                ApplicantType.NON_US_IMG, new Visa(true, List.of(VisaType.J1)), 2022, false, usmle(1, 240, 1, false));

        EligibilityVerdict v = rules.forApplicant(pending, EARLY).verdict(open());

        assertThat(v.status()).isEqualTo(EligibilityStatus.CONDITIONAL);
        assertThat(v.conditions())
                .extracting(Condition::kind, Condition::by)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ConditionKind.ECFMG_CERTIFIED, LocalDate.of(2026, 7, 1)));
        assertThat(outcome(pending, open(), EligibilityRules.ECFMG_CERTIFICATION, deadlinesOn(LocalDate.of(2026, 7, 2)))
                        .effect())
                .isEqualTo(RuleEffect.VERIFY);
        assertThat(rules.verdict(pending, open(), SEASON).status()).isEqualTo(EligibilityStatus.VERIFY);
    }

    @ParameterizedTest
    @CsvSource({"2025-09-24, CONDITION", "2025-09-25, VERIFY"})
    void step2NotTakenAtAProgramWithAStatedMinimumIsConditionalUntilProgramsReview(
            LocalDate today, RuleEffect expected) {
        Profile untaken = applicant(
                ApplicantType.NON_US_IMG, new Visa(true, List.of(VisaType.J1)), 2022, true, usmle(1, null, 0, false));
        Program minimum = program(YesNoUnknown.YES, YesNoUnknown.YES, YesNoUnknown.NO, null, null, 230);

        RuleOutcome o = outcome(untaken, minimum, EligibilityRules.MIN_STEP2, deadlinesOn(today));

        assertThat(o.effect()).isEqualTo(expected);
        assertThat(o.condition().map(Condition::kind))
                .isEqualTo(
                        expected == RuleEffect.CONDITION ? Optional.of(ConditionKind.STEP2CK_SCORE) : Optional.empty());
        assertThat(o.condition().map(Condition::by))
                .isEqualTo(
                        expected == RuleEffect.CONDITION ? Optional.of(LocalDate.of(2025, 9, 24)) : Optional.empty());
    }

    @Test
    void anExclusionOutweighsAConditionAndAConditionOutweighsAPointToVerify() {
        Profile h1bOnly = img(List.of(VisaType.H1B));
        Program unknownFunding = program(YesNoUnknown.YES, YesNoUnknown.YES, YesNoUnknown.UNKNOWN, null, null, null);
        Program shortLimit = program(YesNoUnknown.YES, YesNoUnknown.YES, YesNoUnknown.NO, 1, null, null);

        assertThat(rules.forApplicant(h1bOnly, EARLY).verdict(unknownFunding).status())
                .isEqualTo(EligibilityStatus.CONDITIONAL);
        assertThat(rules.forApplicant(h1bOnly, EARLY).verdict(shortLimit).status())
                .isEqualTo(EligibilityStatus.INELIGIBLE);
    }

    @Test
    void rulesWithOtherSeasonDatesGiveOtherVerdicts() {
        Profile h1bOnly = img(List.of(VisaType.H1B));

        assertThat(rules.forApplicant(h1bOnly, EARLY).sameVerdictsAs(rules.forApplicant(h1bOnly, EARLY)))
                .isTrue();
        assertThat(rules.forApplicant(h1bOnly, EARLY).sameVerdictsAs(rules.forApplicant(h1bOnly, SEASON)))
                .isFalse();
        assertThat(rules.forApplicant(h1bOnly, EARLY)
                        .sameVerdictsAs(rules.forApplicant(h1bOnly, deadlinesOn(LocalDate.of(2026, 2, 1)))))
                .isFalse();
    }

    @Test
    void anOutcomeHasAConditionExactlyWhenItsEffectIsCondition() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() ->
                        new RuleOutcome("r", RuleEffect.CONDITION, () -> "m", () -> "p", () -> "f", Optional.empty()))
                .hasMessageContaining("CONDITION");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new RuleOutcome(
                        "r",
                        RuleEffect.PASSES,
                        () -> "m",
                        () -> "p",
                        () -> "f",
                        Optional.of(new Condition(ConditionKind.STEP3_PASSED, LocalDate.of(2026, 2, 25), "w"))))
                .hasMessageContaining("CONDITION");
    }

    @Test
    void policyParsesTheShippedFileAndReportsMissingKeys() throws Exception {
        Parsed<EligibilityPolicy> parsed = EligibilityPolicy.from(KeyValues.parse(java.nio.file.Files.readString(
                java.nio.file.Path.of("../data/eligibility/eligibility-policy-v1.properties"),
                java.nio.charset.StandardCharsets.UTF_8)));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.value()).contains(new EligibilityPolicy("eligibility-policy-v1", 5, 0, 225));
        Parsed<EligibilityPolicy> broken =
                EligibilityPolicy.from(KeyValues.parse("policy.version=x\nverify.step2Below=abc\n"));
        assertThat(broken.value()).isEmpty();
        assertThat(broken.problems())
                .extracting(p -> p.field())
                .containsExactlyInAnyOrder(
                        "verify.yearsSinceGraduationAbove", "verify.failedAttemptsAbove", "line 2, verify.step2Below");
    }
}
