package org.smartpick.app.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.smartpick.app.importing.CatalogImport;
import org.smartpick.app.importing.ImportFormat;
import org.smartpick.app.importing.Parsed;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.store.CatalogStore.SaveResult;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** Imports program data all or nothing: any bad row lists every problem, exits 2 and changes nothing. */
@Command(name = "import", mixinStandardHelpOptions = true, description = "Import program data from CSV or JSON.")
final class CatalogImportCommand implements Callable<Integer> {
    @ParentCommand
    CatalogCommand catalog;

    @Parameters(index = "0", paramLabel = "FILE", description = "The file to import (UTF-8).")
    Path file;

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description =
                    "freida-csv, eras-csv, acgme-csv, facts-csv, residency-explorer-csv, eras-interview-rates-csv or json "
                            + "(default: detected from the file).")
    String format;

    @Override
    public Integer call() throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new UsageException("no such file: " + file);
        }
        ImportFormat importFormat = format();
        PrintWriter err = catalog.spec.commandLine().getErr();
        PrintWriter out = catalog.spec.commandLine().getOut();
        // On JDK 17 (the project's release) System.console() is null exactly when there is no terminal.
        @SuppressWarnings("SystemConsoleNull")
        boolean terminal = System.console() != null;
        try (StoreSession session = StoreSession.open(catalog.root.settings())) {
            Catalog current = session.store().load().orElseThrow();
            progress(terminal, err, "read " + file + " as " + importFormat.label());
            Parsed<Catalog> result;
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                result = CatalogImport.apply(current, importFormat, reader, ShippedCatalog.specialtyTracks());
            } catch (UncheckedIOException e) {
                throw e.getCause() instanceof CharacterCodingException ? notUtf8(e.getCause()) : e;
            }
            if (!result.ok()) {
                err.println("smartpick: " + file + " was not imported (nothing changed); fix these "
                        + result.problems().size() + " problem(s) and import again:");
                for (Problem problem : result.problems()) {
                    err.println("  " + problem.field() + ": " + problem.message());
                }
                err.flush();
                return SmartPickCommand.BAD_INPUT;
            }
            progress(terminal, err, "saving " + result.items().get(0).programs().size() + " programs");
            SaveResult saved = session.store().save(result.items().get(0));
            out.println(
                    saved.changed()
                            ? "imported " + file + ": catalog version " + saved.version()
                            : "imported " + file + ": nothing new, catalog version " + saved.version() + " unchanged");
            out.flush();
            return SmartPickCommand.OK;
        }
    }

    private UsageException notUtf8(IOException e) {
        return new UsageException(
                file + " could not be read as UTF-8 text (" + e.getMessage() + "); save it as UTF-8 and import again");
    }

    private ImportFormat format() throws IOException {
        if (format != null) {
            return ImportFormat.findByLabel(format)
                    .orElseThrow(() -> new UsageException(
                            "--format must be one of " + ImportFormat.labels() + "; was '" + format + "'"));
        }
        String firstLine;
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            firstLine = String.valueOf(reader.readLine());
        } catch (CharacterCodingException e) {
            throw notUtf8(e);
        }
        return ImportFormat.detect(file.getFileName().toString(), firstLine)
                .orElseThrow(() ->
                        new UsageException("cannot tell the format of " + file + " from its header; pass --format"));
    }

    /** Progress goes to stderr, and only when a person is watching a terminal. */
    private static void progress(boolean terminal, PrintWriter err, String message) {
        if (terminal) {
            err.println("... " + message);
            err.flush();
        }
    }
}
