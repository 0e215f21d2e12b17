package org.smartpick.core.signals;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.smartpick.core.common.CsvTable;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.YesNoUnknown;
import org.smartpick.core.reference.ReferenceData;
import org.smartpick.core.reference.SignalAllowance;

class SignalRulesTest {
    private static final ReferenceData REFERENCE = new ReferenceData(
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(
                    allowance(2025, "140", 15, OptionalInt.of(3), OptionalInt.of(12)),
                    allowance(2026, "140", 15, OptionalInt.of(3), OptionalInt.of(12)),
                    allowance(2025, "320", 5, OptionalInt.empty(), OptionalInt.empty())),
            List.of());

    @Test
    void shippedPolicyFileParsesWithoutProblems() throws IOException {
        Parsed<SignalPolicies> parsed = SignalPolicy.from(
                CsvTable.parse(Files.readString(Path.of("../data/policy/signal_rules.csv"), StandardCharsets.UTF_8)));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.value().orElseThrow().find("130").map(SignalPolicy::acceptsSignals))
                .contains(YesNoUnknown.UNKNOWN);
    }

    @Test
    void internalMedicine2026IsTieredThreeGoldTwelveSilver() {
        Map<String, SignalRule> rules = SignalRules.forSeason(REFERENCE, 2026, List.of("140"), policies(""));
        assertThat(rules.get("140")).isEqualTo(new SignalRule("140", 2026, 3, 12, 0, false, ""));
    }

    @Test
    void pediatricsUsesThe2025TableAndSaysSo() {
        SignalRule rule = SignalRules.forSeason(REFERENCE, 2026, List.of("320"), policies(""))
                .get("320");
        assertThat(rule)
                .isEqualTo(new SignalRule(
                        "320",
                        2025,
                        0,
                        0,
                        5,
                        false,
                        "signal allowance taken from the 2025 table (no 2026 table for this specialty)."));
    }

    @Test
    void geneticsWithUnknownPolicyGetsNoSignalsAndTheReason() {
        SignalRule rule = SignalRules.forSeason(
                        REFERENCE, 2026, List.of("130"), policies("130,unknown,false,not confirmed,\n"))
                .get("130");
        assertThat(rule.allowsSignals()).isFalse();
        assertThat(rule.note()).isEqualTo("signal rules unknown (not confirmed), so no signals are planned.");
    }

    @Test
    void specialtyWithoutAnyAllowanceGetsNoSignals() {
        assertThat(SignalRules.forSeason(REFERENCE, 2026, List.of("999"), policies(""))
                        .get("999")
                        .allowsSignals())
                .isFalse();
    }

    @Test
    void onePerInstitutionRuleComesFromThePolicy() {
        assertThat(SignalRules.forSeason(REFERENCE, 2026, List.of("320"), policies("320,yes,true,,\n"))
                        .get("320")
                        .onePerInstitution())
                .isTrue();
    }

    @Test
    void badRowsAreReportedByLineAndColumn() {
        Parsed<SignalPolicies> parsed = parsed("14,maybe,sometimes,,\n");
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.problems())
                .containsExactly(
                        new Problem("line 2, column specialty_code", "must be a 3-digit ACGME code"),
                        new Problem("line 2, column accepts_signals", "must be yes, no or unknown"),
                        new Problem("line 2, column one_per_institution", "must be true or false"));
    }

    private static SignalPolicies policies(String rows) {
        return parsed(rows).value().orElseThrow();
    }

    private static Parsed<SignalPolicies> parsed(String rows) {
        return SignalPolicy.from(
                CsvTable.parse("specialty_code,accepts_signals,one_per_institution,note,source_url\n" + rows));
    }

    private static SignalAllowance allowance(int season, String code, int total, OptionalInt gold, OptionalInt silver) {
        return new SignalAllowance(season, "name", Optional.of(code), total, gold, silver, "", "https://example.org");
    }
}
