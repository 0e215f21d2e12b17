package org.smartpick.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.smartpick.app.recommend.ShippedPolicies;
import org.smartpick.core.chance.ModelParameters;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Groups the chance-model commands: check the calibration, fit coefficients on outcome data. */
@Command(
        name = "model",
        mixinStandardHelpOptions = true,
        description = "Check the chance model's calibration or fit it to outcomes.",
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
        return file == null ? ShippedPolicies.shippedModel() : ShippedPolicies.modelFromFile(file);
    }
}
