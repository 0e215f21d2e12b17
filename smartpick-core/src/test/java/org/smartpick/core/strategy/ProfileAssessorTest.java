package org.smartpick.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartpick.core.applicant.ExamResult;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.ProfileBuilder;
import org.smartpick.core.applicant.Step1;
import org.smartpick.core.applicant.Step2ck;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;

class ProfileAssessorTest {
    private final StrategyPolicy policy = Personas.shippedPolicy();
    private final ProfileAssessor assessor = new ProfileAssessor(policy, Personas.AS_OF);
    private final ExamAssessment exams = new ExamAssessment(policy);

    @ParameterizedTest
    @CsvSource({
        "205, WEAK, rule of thumb",
        "214, WEAK, rule of thumb",
        "215, AVERAGE, rule of thumb",
        "239, AVERAGE, rule of thumb",
        "240, STRONG, SmartPick assumption"
    })
    void step1ScoreAgainstTheArticlesRuleOfThumb(int score, Level level, String sourceKind) {
        AssessmentItem item = exams.step1(new Step1(ExamResult.PASS, OptionalInt.of(score), 1));
        assertThat(item.level()).isEqualTo(level);
        assertThat(item.finding()).contains(String.valueOf(score));
        assertThat(item.source()).startsWith(sourceKind);
    }

    @Test
    void passFailStep1HasNoNumberToJudge() {
        AssessmentItem item = exams.step1(new Step1(ExamResult.PASS, OptionalInt.empty(), 1));
        assertThat(item.level()).isEqualTo(Level.AVERAGE);
        assertThat(item.finding()).contains("Step 2 CK");
    }

    @ParameterizedTest
    @CsvSource({"220, WEAK", "231, WEAK", "232, AVERAGE", "236, AVERAGE", "245, AVERAGE", "246, STRONG"})
    void step2ckScoreAgainstTheArticlesBands(int score, Level level) {
        AssessmentItem item = exams.step2ck(new Step2ck(OptionalInt.of(score), 1));
        assertThat(item.level()).isEqualTo(level);
        assertThat(item.source()).startsWith("rule of thumb from the seed article");
    }

    @Test
    void step2ckNotTakenIsUnknownNotWeak() {
        assertThat(exams.step2ck(Step2ck.notTaken()).level()).isEqualTo(Level.UNKNOWN);
    }

    @Test
    void h1bOnlyWithoutStep3IsWeakStep3() {
        AssessmentItem item = exams.step3(Personas.nonUsImgH1bReapplicant());
        assertThat(item.level()).isEqualTo(Level.WEAK);
        assertThat(item.finding()).contains("H-1B");
    }

    @ParameterizedTest
    @CsvSource({"2026, STRONG", "2024, STRONG", "2023, AVERAGE", "2022, AVERAGE", "2021, WEAK", "2015, WEAK"})
    void yearsSinceGraduationAgainstPolicy(int graduationYear, Level level) {
        Profile graduated = ProfileBuilder.from(Personas.nonUsImgGenetics())
                .graduationYear(graduationYear)
                .build();
        assertThat(new ProfileAssessor(policy, LocalDate.of(2026, 6, 1))
                        .yearsSinceGraduation(graduated)
                        .level())
                .isEqualTo(level);
    }

    @Test
    void repeatedAttemptIsAWeakness() {
        Profile retaken = ProfileBuilder.from(Personas.nonUsImgGenetics())
                .step1(new Step1(ExamResult.PASS, OptionalInt.of(212), 2))
                .build();
        AssessmentItem item = exams.attempts(retaken);
        assertThat(item.level()).isEqualTo(Level.WEAK);
        assertThat(item.finding()).contains("Step 1 2 times");
    }

    @Test
    void visaLevels() {
        assertThat(assessor.visa(Visa.none()).level()).isEqualTo(Level.STRONG);
        assertThat(assessor.visa(new Visa(true, List.of(VisaType.J1, VisaType.H1B)))
                        .level())
                .isEqualTo(Level.AVERAGE);
        assertThat(assessor.visa(new Visa(true, List.of(VisaType.H1B))).level()).isEqualTo(Level.WEAK);
        assertThat(assessor.visa(new Visa(true, List.of())).level()).isEqualTo(Level.WEAK);
    }

    @Test
    void usGraduateGetsNoUsClinicalExperienceItem() {
        Assessment assessment = assessor.assess(
                Personas.usMdInternalMedicine(), FakeWorld.catalog().reference());
        assertThat(assessment.items()).extracting(AssessmentItem::area).doesNotContain("US clinical experience");
    }

    @Test
    void goalSpecialtyMatchRateComesFromTheDataAndIsLabelledSo() {
        Assessment assessment =
                assessor.assess(Personas.nonUsImgGenetics(), FakeWorld.catalog().reference());
        AssessmentItem peds = assessment.items().stream()
                .filter(i -> i.area().contains("Pediatrics-Medical Genetics"))
                .findFirst()
                .orElseThrow();
        assertThat(peds.finding()).contains("5 of 21").contains("24%");
        assertThat(peds.source()).startsWith("data: NRMP");
        assertThat(peds.level()).isEqualTo(Level.WEAK);
    }

    @Test
    void strengthsAndWeaknessesAreTheStrongAndWeakFindings() {
        Assessment assessment =
                assessor.assess(Personas.nonUsImgGenetics(), FakeWorld.catalog().reference());
        assertThat(assessment.weaknesses()).anyMatch(w -> w.contains("212")).noneMatch(w -> w.contains("236"));
        assertThat(assessment.strengths()).anyMatch(s -> s.contains("8 months in Medical Genetics and Genomics"));
        assertThat(assessment.strengths().size() + assessment.weaknesses().size())
                .isEqualTo((int) assessment.items().stream()
                        .filter(i -> i.level() == Level.STRONG || i.level() == Level.WEAK)
                        .count());
    }

    @Test
    void aHigherStep2ckScoreNeverGivesALowerLevel() {
        List<Integer> ranks = IntStream.rangeClosed(180, 290)
                .mapToObj(score ->
                        exams.step2ck(new Step2ck(OptionalInt.of(score), 1)).level())
                .map(level -> level == Level.WEAK ? 0 : level == Level.AVERAGE ? 1 : 2)
                .toList();
        for (int i = 1; i < ranks.size(); i++) {
            assertThat(ranks.get(i)).isGreaterThanOrEqualTo(ranks.get(i - 1));
        }
        assertThat(ranks).contains(0, 1, 2);
    }
}
