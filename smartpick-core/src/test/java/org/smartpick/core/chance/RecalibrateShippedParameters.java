package org.smartpick.core.chance;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.smartpick.core.common.Parsed;

/**
 * Refits rho and the baseline of every NRMP cell in {@code data/model/chance-model-v1.properties} and writes the file
 * back in place, every other line unchanged; run it after changing a prior or the NRMP table, review the diff, then
 * run {@code smartpick model check}. {@link ShippedCalibrationTest} fails until the shipped file is what this writes.
 * From the repository root:
 * <pre>
 * ./mvnw -B -q -pl smartpick-core test-compile
 * java -cp smartpick-core/target/classes:smartpick-core/target/test-classes \
 *     org.smartpick.core.chance.RecalibrateShippedParameters
 * </pre>
 */
public final class RecalibrateShippedParameters {
    private RecalibrateShippedParameters() {}

    public static void main(String[] args) throws IOException {
        Files.writeString(TestData.PARAMETERS, recalibratedText(), StandardCharsets.UTF_8);
        System.out.println("wrote " + TestData.PARAMETERS.toAbsolutePath().normalize());
    }

    /** The shipped parameters' text with rho and the baselines fitted to the shipped NRMP table. */
    static String recalibratedText() {
        Parsed<ModelParameters> fitted = Calibration.fit(TestData.parameters(), TestData.nrmpOutcomes());
        if (!fitted.problems().isEmpty()) {
            throw new IllegalStateException("calibration failed: " + fitted.problems());
        }
        return fitted.value().orElseThrow().text();
    }
}
