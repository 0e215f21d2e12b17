package org.smartpick.app.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.smartpick.app.importing.CatalogJson;
import org.smartpick.core.program.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Writes the whole stored catalog as JSON (the format {@code catalog import --format json} reads back). */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Write the whole catalog as JSON.")
final class CatalogExportCommand implements Callable<Integer> {
    @ParentCommand
    CatalogCommand catalog;

    @Option(names = "--format", defaultValue = "json", description = "Output format: json (default).")
    String format;

    @Option(
            names = {"-o", "--output"},
            description = "Write to this file instead of standard output.")
    Path output;

    @Override
    public Integer call() throws IOException {
        if (!format.equals("json")) {
            throw new UsageException("--format must be json, was '" + format + "'");
        }
        Catalog current;
        try (StoreSession session = StoreSession.open(catalog.root.settings())) {
            current = session.store().load().orElseThrow();
        }
        if (output == null) {
            CatalogJson.write(current, catalog.spec.commandLine().getOut());
        } else {
            try (Writer writer = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                CatalogJson.write(current, writer);
            }
        }
        return SmartPickCommand.OK;
    }
}
