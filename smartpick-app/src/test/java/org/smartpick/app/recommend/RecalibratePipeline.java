package org.smartpick.app.recommend;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.smartpick.app.importing.ScoreBandCsvReader;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.core.chance.ModelParameters;
import org.smartpick.core.common.KeyValues;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.common.TaskRunner;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.recommend.PipelineCalibration;

/**
 * Recalibrates {@code data/model/chance-model-v1.properties} end to end ({@link PipelineCalibration#recalibrate}: the
 * rho caps, the synthetic baselines and the pipeline shifts) on the shipped catalog. Run it after any change to the
 * catalog, the eligibility rules, the optimizer, the signals or the chance model's factors:
 *
 * <pre>
 * ./mvnw -B -q -o -pl smartpick-core,smartpick-app test-compile
 * ./mvnw -q -pl smartpick-app org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "smartpick-app/target/test-classes:smartpick-app/target/classes:smartpick-core/target/classes:$(cat smartpick-app/target/cp.txt)" \
 *     org.smartpick.app.recommend.RecalibratePipeline data/model/chance-model-v1.properties
 * </pre>
 *
 * It takes about half a minute; {@code ShippedPipelineCalibrationTest} then checks the result.
 */
public final class RecalibratePipeline {
    private RecalibratePipeline() {}

    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "data/model/chance-model-v1.properties");
        ModelParameters read = ModelParameters.from(KeyValues.parse(Files.readString(file, StandardCharsets.UTF_8)))
                .value()
                .orElseThrow();
        Catalog catalog = ShippedCatalog.load();
        Parsed<ModelParameters> recalibrated = PipelineCalibration.recalibrate(
                read,
                catalog,
                catalog.reference().matchOutcomes(),
                ScoreBandCsvReader.shipped(),
                ShippedPolicies.recommenders(TaskRunner.callerOnly()));
        if (!recalibrated.problems().isEmpty()) {
            throw new IllegalStateException("recalibrated parameters do not parse: " + recalibrated.problems());
        }
        Files.writeString(file, recalibrated.value().orElseThrow().text(), StandardCharsets.UTF_8);
    }
}
