package org.smartpick.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartpick.core.applicant.ProfileBuilder.aProfile;
import static org.smartpick.core.program.ProgramBuilder.aProgram;

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
import org.smartpick.core.applicant.ProfileBuilder;
import org.smartpick.core.applicant.Step1;
import org.smartpick.core.applicant.Step2ck;
import org.smartpick.core.applicant.Step3;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.common.KeyValues;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.YesNoUnknown;

class EligibilityRulesTest {
    private static final int SEASON = 2026;
    private static final EligibilityPolicy POLICY = new EligibilityPolicy("test", 5, 0, 225);
    /** A passed Step 3, the fact the H-1B rule asks for. */
    private static final Step3 STEP3_PASSED = new Step3(true, true, OptionalInt.of(230), 1);

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

    /** A Step 1 pass without a score, after this many sittings. */
    private static Step1 step1Sittings(int attempts) {
        return new Step1(ExamResult.PASS, OptionalInt.empty(), attempts);
    }

    /** A non-US IMG, 2022 graduate, ECFMG certified, who accepts these visas; Step 2 CK 240, no Step 3. */
    private static Profile img(List<VisaType> accepts) {
        return aProfile()
                .applicantType(ApplicantType.NON_US_IMG)
                .visa(new Visa(true, accepts))
                .graduationYear(2022)
                .ecfmgCertified(true)
                .build();
    }

    /** A program that sponsors both visas and takes visa holders; every limit unknown. */
    private static Program open() {
        return aProgram()
                .j1Visa(YesNoUnknown.YES)
                .h1bVisa(YesNoUnknown.YES)
                .citizenshipRestricted(YesNoUnknown.NO)
                .build();
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
                aProgram()
                        .j1Visa(j1)
                        .h1bVisa(h1b)
                        .citizenshipRestricted(YesNoUnknown.NO)
                        .build(),
                EligibilityRules.VISA_SPONSORSHIP);
        assertThat(o.effect()).isEqualTo(expected);
        assertThat(o.programFact()).isEqualTo("J-1 " + j1 + ", H-1B " + h1b);
        assertThat(o.profileFact()).isEqualTo("needs sponsorship, accepts [J1, H1B]");
    }

    @Test
    void applicantAcceptingOnlyJ1IsExcludedByAnH1bOnlyProgram() {
        RuleOutcome o = outcome(
                img(List.of(VisaType.J1)),
                aProgram()
                        .j1Visa(YesNoUnknown.NO)
                        .h1bVisa(YesNoUnknown.YES)
                        .citizenshipRestricted(YesNoUnknown.NO)
                        .build(),
                EligibilityRules.VISA_SPONSORSHIP);
        assertThat(o.effect()).isEqualTo(RuleEffect.EXCLUDES);
        assertThat(o.message()).isEqualTo("The program sponsors none of the visas you accept.");
    }

    @Test
    void applicantWithoutVisaNeedPassesEveryVisaRuleWhateverTheProgramSays() {
        Profile citizen = aProfile()
                .applicantType(ApplicantType.US_IMG)
                .graduationYear(2023)
                .ecfmgCertified(true)
                .build();
        EligibilityVerdict v = rules.verdict(
                citizen,
                aProgram()
                        .j1Visa(YesNoUnknown.NO)
                        .h1bVisa(YesNoUnknown.NO)
                        .citizenshipRestricted(YesNoUnknown.YES)
                        .build(),
                SEASON);
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
        Profile otherName = ProfileBuilder.from(profile).name("someone else").build();
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
        Profile p = ProfileBuilder.from(img(List.of(VisaType.H1B)))
                .step3(STEP3_PASSED)
                .build();
        assertThat(rules.verdict(p, open(), SEASON).status()).isEqualTo(EligibilityStatus.ELIGIBLE);
    }

    @ParameterizedTest
    @CsvSource({"YES, EXCLUDES", "UNKNOWN, VERIFY", "NO, PASSES"})
    void citizenshipRestrictedFundingClosesPositionsToVisaHolders(YesNoUnknown restricted, RuleEffect expected) {
        RuleOutcome o = outcome(
                img(List.of(VisaType.J1)),
                aProgram()
                        .j1Visa(YesNoUnknown.YES)
                        .h1bVisa(YesNoUnknown.NO)
                        .citizenshipRestricted(restricted)
                        .build(),
                EligibilityRules.CITIZENSHIP_FUNDING);
        assertThat(o.effect()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({"2021, 5, PASSES", "2020, 5, EXCLUDES", "2015, , VERIFY", "2022, , PASSES"})
    void programLimitOnYearsSinceGraduationCountsToTheSeason(int graduated, Integer limit, RuleEffect expected) {
        Profile p = ProfileBuilder.from(img(List.of(VisaType.J1)))
                .graduationYear(graduated)
                .build();
        RuleOutcome o = outcome(
                p,
                aProgram()
                        .j1Visa(YesNoUnknown.YES)
                        .h1bVisa(YesNoUnknown.NO)
                        .citizenshipRestricted(YesNoUnknown.NO)
                        .maxYearsSinceGraduation(limit)
                        .build(),
                EligibilityRules.YEARS_SINCE_GRADUATION);
        assertThat(o.effect()).isEqualTo(expected);
        assertThat(o.profileFact()).contains("graduated " + graduated, (SEASON - graduated) + " years");
    }

    @ParameterizedTest
    @CsvSource({"1, 1, 1, PASSES", "2, 1, 1, EXCLUDES", "2, 1, 2, PASSES", "2, 1, , VERIFY", "1, 1, , PASSES"})
    void programLimitOnAttemptsPerStep(int step1Attempts, int step2Attempts, Integer limit, RuleEffect expected) {
        Profile p = aProfile()
                .step1(step1Sittings(step1Attempts))
                .step2ck(new Step2ck(OptionalInt.of(240), step2Attempts))
                .build();
        assertThat(outcome(
                                p,
                                aProgram()
                                        .j1Visa(YesNoUnknown.YES)
                                        .h1bVisa(YesNoUnknown.NO)
                                        .citizenshipRestricted(YesNoUnknown.NO)
                                        .maxAttempts(limit)
                                        .build(),
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
        Profile p = aProfile()
                .step2ck(score == null ? Step2ck.notTaken() : new Step2ck(OptionalInt.of(score), 1))
                .build();
        assertThat(outcome(
                                p,
                                aProgram()
                                        .j1Visa(YesNoUnknown.YES)
                                        .h1bVisa(YesNoUnknown.NO)
                                        .citizenshipRestricted(YesNoUnknown.NO)
                                        .minStep2Score(minimum)
                                        .build(),
                                EligibilityRules.MIN_STEP2)
                        .effect())
                .isEqualTo(expected);
    }

    @Test
    void imgWithoutEcfmgCertificationMustVerifyTimingAndUsGraduatesPass() {
        Profile uncertified = ProfileBuilder.from(img(List.of(VisaType.J1)))
                .ecfmgCertified(false)
                .build();
        RuleOutcome o = outcome(uncertified, open(), EligibilityRules.ECFMG_CERTIFICATION);
        assertThat(o.effect()).isEqualTo(RuleEffect.VERIFY);
        assertThat(o.message()).contains("July 1, 2026");
        Profile md = aProfile().applicantType(ApplicantType.US_MD).build();
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
                aProfile().applicantType(ApplicantType.US_MD).build(),
                img(List.of(VisaType.J1)),
                img(List.of(VisaType.H1B)),
                img(List.of(VisaType.J1, VisaType.H1B)),
                aProfile()
                        .applicantType(ApplicantType.NON_US_IMG)
                        .needsVisa(VisaType.H1B)
                        .graduationYear(2015)
                        .step1(step1Sittings(3))
                        .step2ck(Step2ck.notTaken())
                        .step3(STEP3_PASSED)
                        .build(),
                aProfile()
                        .applicantType(ApplicantType.US_IMG)
                        .graduationYear(2019)
                        .ecfmgCertified(true)
                        .step1(step1Sittings(2))
                        .step2ck(new Step2ck(OptionalInt.of(230), 2))
                        .build());
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
                                        Program program = aProgram()
                                                .id(String.valueOf(1_403_000_000 + judged++))
                                                .j1Visa(j1)
                                                .h1bVisa(h1b)
                                                .citizenshipRestricted(restricted)
                                                .maxYearsSinceGraduation(years)
                                                .maxAttempts(sittings)
                                                .minStep2Score(minimum)
                                                .build();
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
        Program j1Only = aProgram()
                .j1Visa(YesNoUnknown.YES)
                .h1bVisa(YesNoUnknown.NO)
                .citizenshipRestricted(YesNoUnknown.NO)
                .build();

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
                aProfile()
                        .applicantType(ApplicantType.US_IMG)
                        .graduationYear(2022)
                        .ecfmgCertified(true)
                        .build())) {
            assertThat(rules.forApplicant(p, EARLY).verdict(open()).conditions())
                    .as("%s", p.visa())
                    .isEmpty();
        }
    }

    @Test
    void ecfmgCertificationPendingIsConditionalOnCertificationByResidencyStart() {
        Profile pending = ProfileBuilder.from(img(List.of(VisaType.J1)))
                .ecfmgCertified(false)
                .build();

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
        Profile untaken = ProfileBuilder.from(img(List.of(VisaType.J1)))
                .step2ck(Step2ck.notTaken())
                .build();
        Program minimum = aProgram()
                .j1Visa(YesNoUnknown.YES)
                .h1bVisa(YesNoUnknown.YES)
                .citizenshipRestricted(YesNoUnknown.NO)
                .minStep2Score(230)
                .build();

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
        Program unknownFunding = aProgram()
                .j1Visa(YesNoUnknown.YES)
                .h1bVisa(YesNoUnknown.YES)
                .citizenshipRestricted(YesNoUnknown.UNKNOWN)
                .build();
        Program shortLimit = aProgram()
                .j1Visa(YesNoUnknown.YES)
                .h1bVisa(YesNoUnknown.YES)
                .citizenshipRestricted(YesNoUnknown.NO)
                .maxYearsSinceGraduation(1)
                .build();

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
