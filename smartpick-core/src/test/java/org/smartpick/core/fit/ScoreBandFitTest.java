package org.smartpick.core.fit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.chance.ModelParameters;
import org.smartpick.core.chance.TestData;
import org.smartpick.core.fit.ScoreBandFit.ScoreBand;
import org.smartpick.core.portfolio.LatentFactorModel;

class ScoreBandFitTest {
    private final ModelParameters parameters = TestData.parameters();

    /** Bands drawn from the fit's own model with a known slope and a level per specialty. */
    private List<ScoreBand> bands(double beta) {
        LatentFactorModel portfolio = LatentFactorModel.withRho(parameters.rho(ApplicantType.US_MD));
        int n = parameters.typical().get(ApplicantType.US_MD).applications();
        List<ScoreBand> bands = new ArrayList<>();
        String[] codes = {"140", "320", "260", "080", "400", "440"};
        double[] levels = {-1.0, -0.8, -3.0, -3.5, -1.5, -2.2};
        for (int s = 0; s < codes.length; s++) {
            for (double mid = 205; mid <= 255; mid += 10) {
                double x = (mid - parameters.references().step2For(codes[s])) / 10;
                double p = 1 / (1 + Math.exp(-(levels[s] + beta * x))) * parameters.matchGivenInterview(codes[s]);
                double[] list = new double[n];
                java.util.Arrays.fill(list, p);
                bands.add(new ScoreBand(codes[s], mid, 500, portfolio.atLeastOne(list)));
            }
        }
        return bands;
    }

    @Test
    void recoversTheSlopeThatMadeTheBands() {
        ScoreBandFit.Result result = ScoreBandFit.fit(bands(0.8), parameters);

        assertThat(result.beta()).isCloseTo(0.8, within(0.011));
        assertThat(result.meanAbsoluteError()).isLessThan(0.001);
        assertThat(result.levels()).containsOnlyKeys("140", "320", "260", "080", "400", "440");
    }

    @Test
    void theHeldOutHalfIsPredictedBetterByTheFittedSlopeThanByNoScoreEffect() {
        ScoreBandFit.Holdout holdout = ScoreBandFit.holdout(bands(0.6), parameters, 0);

        assertThat(holdout.betaFittedOnOtherHalf()).isCloseTo(0.6, within(0.011));
        assertThat(holdout.meanAbsoluteError()).isLessThan(0.002);
        assertThat(holdout.priorMeanAbsoluteError()).isGreaterThan(0.05);
        assertThat(holdout.specialties()).isEqualTo(6);
    }
}
