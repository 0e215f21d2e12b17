package org.smartpick.app.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartpick.core.fees.FeeLine;
import org.smartpick.core.recommend.ProgramResult;
import org.smartpick.core.recommend.Recommendation;
import org.smartpick.core.season.SeasonDate;
import org.smartpick.core.strategy.PlanAction;

/** The default text report is the short answer in the order an applicant reads it; --full-detail keeps everything. */
class TextReportTest {
    private static final int MOST_WORDS = 1_500;
    private static final Path GENETICS = Path.of("../examples/non-us-img-genetics.json");

    @ParameterizedTest
    @MethodSource("org.smartpick.app.recommend.ExampleProfiles#files")
    void defaultReportIsAtMost1500Words(Path example) throws IOException {
        String report = TextReport.render(recommend(example));

        assertThat(words(report))
                .as("words in the default report for %s", example)
                .isLessThanOrEqualTo(MOST_WORDS);
    }

    @Test
    void geneticsReportStartsWithTheTwoChancesThenTheApplyNowDecision() throws IOException {
        Recommendation r = recommend(GENETICS);
        String report = TextReport.render(r).replaceAll("\\s+", " ");
        String goal =
                "A match in your goal track (Medical Genetics and Genomics, Internal Medicine/Medical Genetics and "
                        + "Pediatrics/Medical Genetics): "
                        + ChanceWords.inWords(r.summary().pGoalMatch()) + ".";
        String any = "A match anywhere on this list: "
                + ChanceWords.inWords(r.summary().pAtLeastOneMatch()) + ".";
        PlanAction decision = ShortAnswer.of(r).decision().orElseThrow();

        assertThat(decision.id()).isEqualTo("apply-now");
        assertThat(report)
                .containsSubsequence(
                        "Your chances",
                        goal,
                        any,
                        "Interviews to expect: about " + Math.round(r.summary().expectedInterviews()),
                        "Apply now or strengthen first?",
                        "Apply now. " + decision.advice(),
                        "What to do next",
                        "Your list: " + r.summary().applications() + " programs",
                        "Ask the programs before you pay");
        assertThat(report.indexOf(goal))
                .as("the goal-track chance comes within the first lines")
                .isLessThan(400);
    }

    @ParameterizedTest
    @MethodSource("org.smartpick.app.recommend.ExampleProfiles#files")
    void defaultReportHasOneLinePerChosenProgramAndNoArithmetic(Path example) throws IOException {
        Recommendation r = recommend(example);
        String report = TextReport.render(r);

        for (ProgramResult p : r.selectedPrograms()) {
            assertThat(report.replaceAll("\\s+", " "))
                    .contains(p.name().replaceFirst(" Program$", "") + " (" + p.state() + ")");
        }
        assertThat(report)
                .doesNotContain(
                        "log-odds",
                        "x = ",
                        "coefficient",
                        "quadrature",
                        "seed article",
                        "RESIDENCY_SEPTEMBER",
                        "ACGME",
                        "[STRONG]",
                        "signal signals",
                        ".csv",
                        "0.0%");
    }

    @ParameterizedTest
    @MethodSource("org.smartpick.app.recommend.ExampleProfiles#files")
    void fullDetailGivesTheShortAnswerThenEveryReasonFeeDateAndExclusion(Path example) throws IOException {
        Recommendation r = recommend(example);
        String shortAnswer = TextReport.render(r);
        String full = TextReport.renderFullDetail(r);
        String flat = full.replaceAll("\\s+", " ");

        assertThat(full).startsWith(shortAnswer.substring(0, shortAnswer.lastIndexOf("\nThe reasons, facts")));
        assertThat(words(full)).isGreaterThan(words(shortAnswer));
        for (ProgramResult p : r.selectedPrograms()) {
            assertThat(flat)
                    .contains(
                            "ACGME " + p.id() + ")",
                            "match " + String.format(java.util.Locale.ROOT, "%.1f%% (range", 100 * p.pMatch()));
        }
        for (FeeLine line : r.summary().feeLines()) {
            assertThat(flat).contains(String.format(java.util.Locale.ROOT, "$ %,d", line.amountUsd()));
        }
        for (SeasonDate date : r.season().calendar()) {
            assertThat(flat).contains(date.event().label());
        }
        for (PlanAction action : r.plan()) {
            assertThat(flat).contains("Why: " + action.because().replaceAll("\\s+", " "));
        }
        assertThat(flat)
                .contains(
                        "Programs you cannot apply to (" + r.excluded().size() + ")",
                        "How the list was computed: " + r.summary().method().replaceAll("\\s+", " "),
                        "Where you stand");
    }

    private static int words(String text) {
        return (int) Arrays.stream(text.split("\\s+")).filter(w -> !w.isEmpty()).count();
    }

    private static Recommendation recommend(Path example) throws IOException {
        return ExampleProfiles.recommend(ExampleProfiles.shippedService(), example);
    }
}
