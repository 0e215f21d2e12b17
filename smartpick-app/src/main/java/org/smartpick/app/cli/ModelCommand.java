package org.smartpick.app.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.smartpick.app.model.ModelFiles;
import org.smartpick.core.chance.ModelParameters;
import org.smartpick.core.common.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Groups the chance-model commands: check the calibration, fit coefficients on outcome data. */
@Command(name = "model", mixinStandardHelpOptions = true, description = "Check the chance model's calibration or fit it to outcomes.",
        subcommands = {ModelCheckCommand.class, ModelFitCommand.class})
final class ModelCommand implements Callable<Integer> {
    @ParentCommand
    SmartPickCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return SmartPickCommand.BAD_INPUT;
    }

    /** The shipped parameters, or the user's file when given; a bad file is bad input listing every problem. */
    static ModelParameters parameters(Path file) {
        if (file == null) {
            return ModelFiles.shippedParameters();
        }
        try {
            ModelParameters.Parsed parsed = ModelFiles.readParameters(file);
            if (!parsed.problems().isEmpty()) {
                throw new UsageException("model file " + file + " has problems:\n" + lines(parsed.problems()));
            }
            return parsed.parameters();
        } catch (IOException e) {
            throw new UsageException("cannot read model file " + file + ": " + e.getMessage());
        }
    }

    static String lines(java.util.List<Problem> problems) {
        StringBuilder text = new StringBuilder();
        problems.forEach(p -> text.append("  ").append(p.field()).append(": ").append(p.message()).append('\n'));
        return text.toString().stripTrailing();
    }
}
