package org.smartpick.core.chance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.common.KeyValues;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.common.Problem;

class ModelParametersTest {

    @Test
    void parsesTheShippedFile() {
        ModelParameters p = TestData.parameters();
        assertThat(p.version()).isEqualTo("chance-model-v1");
        assertThat(p.rho()).isEqualTo(0.35);
        assertThat(p.signalSilverOddsRatio()).isEqualTo(2.6);
        assertThat(p.coefficient(Factor.STEP2)).as("fitted to the score bands").isEqualTo(0.5);
        assertThat(p.matchGivenInterview("080")).isEqualTo(0.25);
        assertThat(p.matchGivenInterview("140")).isEqualTo(0.3);
        assertThat(p.typical().get(ApplicantType.NON_US_IMG).applications()).isEqualTo(77);
        assertThat(p.cells())
                .extracting(ModelParameters.Cell::name)
                .contains("Internal Medicine (Categorical)", "Medical Genetics and Genomics (categorical, prior)");
    }

    @Test
    void reportsEveryMissingOrMalformedValueWithItsKeyOrLine() {
        Parsed<ModelParameters> parsed =
                ModelParameters.from(KeyValues.parse("model.version=x\nportfolio.rho=lots\nnot a pair\n"));
        assertThat(parsed.value()).isEmpty();
        assertThat(parsed.problems())
                .extracting(Problem::field)
                .contains("line 3", "line 2, portfolio.rho", "coef.step2ck", "family.default", "typical.US_MD.step2");
    }

    @Test
    void rewritingAValueKeepsEveryOtherLineAndComment() {
        ModelParameters p = TestData.parameters();
        ModelParameters changed =
                p.withValues(Map.of("coef.step2ck", "0.45")).value().orElseThrow();
        assertThat(changed.coefficient(Factor.STEP2)).isEqualTo(0.45);
        assertThat(changed.text().lines().count()).isEqualTo(p.text().lines().count());
        assertThat(changed.text().replace("coef.step2ck=0.45", "coef.step2ck=0.5"))
                .isEqualTo(p.text());
    }
}
