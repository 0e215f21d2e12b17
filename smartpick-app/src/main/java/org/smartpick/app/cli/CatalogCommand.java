package org.smartpick.app.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Groups the catalog commands: import, stats, export. */
@Command(
        name = "catalog",
        mixinStandardHelpOptions = true,
        description = "Import, inspect and export the program catalog.",
        subcommands = {CatalogImportCommand.class, CatalogStatsCommand.class, CatalogExportCommand.class})
final class CatalogCommand implements Callable<Integer> {
    @ParentCommand
    SmartPickCommand root;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return SmartPickCommand.BAD_INPUT;
    }
}
