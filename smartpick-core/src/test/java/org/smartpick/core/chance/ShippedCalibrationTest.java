package org.smartpick.core.chance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The shipped parameters are already what calibration produces; {@link RecalibrateShippedParameters} rewrites them. */
class ShippedCalibrationTest {

    @Test
    void shippedBaselinesAreWhatCalibrationProduces() throws IOException {
        assertThat(RecalibrateShippedParameters.recalibratedText())
                .isEqualTo(Files.readString(TestData.PARAMETERS, StandardCharsets.UTF_8));
    }
}
