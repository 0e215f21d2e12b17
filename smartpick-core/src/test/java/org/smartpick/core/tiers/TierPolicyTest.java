package org.smartpick.core.tiers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.smartpick.core.common.KeyValues;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.common.Problem;

class TierPolicyTest {
    @Test
    void shippedPolicyParsesToTheDocumentedRules() throws IOException {
        Parsed<TierPolicy> parsed = TierPolicy.from(
                KeyValues.parse(Files.readString(Path.of("../data/policy/tiers.properties"), StandardCharsets.UTF_8)));

        assertThat(parsed.problems()).isEmpty();
        TierPolicy policy = parsed.value().orElseThrow();
        assertThat(policy.version()).isEqualTo("2027-1");
        assertThat(policy.chance()).isEqualTo(TierClassifierTest.POLICY.chance());
        assertThat(policy.standing()).isEqualTo(TierClassifierTest.POLICY.standing());
        assertThat(policy.openness()).isEqualTo(TierClassifierTest.POLICY.openness());
    }

    @Test
    void missingKeysAreNamed() {
        assertThat(TierPolicy.from(KeyValues.parse("version=x\nchance.reachBelow=0.01\n"))
                        .problems())
                .contains(
                        new Problem("chance.safetyAtLeast", "required key chance.safetyAtLeast is missing"),
                        new Problem(
                                "open.interviewRateAtLeast.NON_US_IMG",
                                "required key open.interviewRateAtLeast.NON_US_IMG is missing"));
    }

    @Test
    void chanceBandsOutOfOrderAreAProblemNamingTheKeys() throws IOException {
        String shipped = Files.readString(Path.of("../data/policy/tiers.properties"), StandardCharsets.UTF_8)
                .replace("chance.safetyAtLeast=0.01", "chance.safetyAtLeast=0.002");

        assertThat(TierPolicy.from(KeyValues.parse(shipped)).problems())
                .singleElement()
                .satisfies(p -> assertThat(p.message()).contains("chance.reachBelow < chance.safetyAtLeast"));
    }
}
