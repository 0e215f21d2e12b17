package org.smartpick.app.cli;

import java.nio.file.Path;
import org.smartpick.core.chance.ModelParameters;
import picocli.CommandLine.Option;

/** The {@code --model FILE} option shared by the model commands: a parameters file instead of the shipped one. */
final class ModelFileOption {
    @Option(
            names = "--model",
            paramLabel = "FILE",
            description = "Parameters file (default: the shipped chance-model-v1).")
    Path file;

    ModelParameters parameters() {
        return ModelCommand.parameters(file);
    }
}
