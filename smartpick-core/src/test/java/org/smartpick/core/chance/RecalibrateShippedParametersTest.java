package org.smartpick.core.chance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Rewrites the shipped parameters' baselines from the NRMP table when run with {@code -Dsmartpick.recalibrate=true}
 * (review the diff); otherwise checks that the shipped file is already what calibration produces.
 */
class RecalibrateShippedParametersTest {

    @Test
    void shippedBaselinesAreWhatCalibrationProduces() throws IOException {
        ModelParameters.Parsed fitted = Calibration.fit(TestData.parameters(), TestData.nrmpOutcomes());
        assertThat(fitted.problems()).isEmpty();
        if (Boolean.getBoolean("smartpick.recalibrate")) {
            Files.writeString(TestData.PARAMETERS, fitted.parameters().text(), StandardCharsets.UTF_8);
        }
        Assumptions.assumeFalse(Boolean.getBoolean("smartpick.recalibrate"));
        assertThat(fitted.parameters().text()).isEqualTo(Files.readString(TestData.PARAMETERS, StandardCharsets.UTF_8));
    }
}
