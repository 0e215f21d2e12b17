package org.smartpick.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.smartpick.core.common.KeyValues;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.common.Problem;

class StrategyPolicyParserTest {

    @Test
    void shippedPolicyDefinesEveryKeyWithItsSource() {
        StrategyPolicy policy = Personas.shippedPolicy();
        assertThat(policy.version()).isEqualTo(1);
        assertThat(policy.intValue(PolicyKey.STEP2CK_SOLID_FROM)).isEqualTo(235);
        assertThat(policy.source(PolicyKey.STEP1_WEAK_BELOW)).startsWith("rule of thumb from the seed article");
        assertThat(policy.source(PolicyKey.YEARS_SINCE_GRADUATION_HIGH_FROM)).startsWith("SmartPick assumption");
    }

    @Test
    void reportsEveryProblemWithItsLineOrKey() {
        String text = "policy.version = 1\n"
                + "step1.weakBelow = low\n"
                + "step1.weakBelow.source = article\n"
                + "this line has no equals sign\n"
                + "step2ck.unknownKey = 3\n"
                + "step1.strongFrom = 240\n";
        Parsed<StrategyPolicy> parse = StrategyPolicyParser.from(KeyValues.parse(text));

        assertThat(parse.value()).isEmpty();
        assertThat(parse.problems())
                .contains(
                        new Problem("step1.weakBelow", "must be a number, was 'low'"),
                        new Problem("line 4", "expected key=value, was 'this line has no equals sign'"),
                        new Problem("step2ck.unknownKey", "is not a known strategy policy key"),
                        new Problem("step1.strongFrom.source", "is required: say where step1.strongFrom comes from"),
                        new Problem("step2ck.weakBelow", "is required but missing"));
    }

    @Test
    void reportsAKeyDefinedTwice() {
        Parsed<StrategyPolicy> parse =
                StrategyPolicyParser.from(KeyValues.parse("policy.version = 1\npolicy.version = 2\n"));
        assertThat(parse.problems()).contains(new Problem("line 2", "key policy.version repeats line 1"));
    }

    @Test
    void reportsAMissingVersion() {
        Parsed<StrategyPolicy> parse = StrategyPolicyParser.from(KeyValues.parse("# empty\n"));
        assertThat(parse.problems()).contains(new Problem("policy.version", "must be a whole number, was missing"));
    }
}
