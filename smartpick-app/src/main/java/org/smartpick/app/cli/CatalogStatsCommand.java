package org.smartpick.app.cli;

import com.fasterxml.jackson.core.JacksonException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.smartpick.app.importing.CatalogStats;
import org.smartpick.app.json.Json;
import org.smartpick.core.program.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Prints counts per specialty, per source and per known attribute. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Counts per specialty, per source and per attribute known.")
final class CatalogStatsCommand implements Callable<Integer> {
    @ParentCommand
    CatalogCommand catalog;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws JacksonException {
        CatalogStats stats;
        try (StoreSession session = StoreSession.open(catalog.root.settings())) {
            Catalog current = session.store().load().orElseThrow();
            stats = CatalogStats.of(current, session.store().version());
        }
        PrintWriter out = catalog.spec.commandLine().getOut();
        if (json) {
            out.println(Json.mapper().writeValueAsString(stats));
        } else {
            printText(stats, out);
        }
        out.flush();
        return SmartPickCommand.OK;
    }

    private static void printText(CatalogStats stats, PrintWriter out) {
        out.printf("catalog version %d: %d programs%n%nprograms by specialty code:%n", stats.version(), stats.programs());
        stats.bySpecialty().forEach((code, n) -> out.printf("  %s  %5d%n", code, n));
        out.printf("%nsources (facts supplied, programs with facts):%n");
        stats.sources().forEach(s -> out.printf("  %-16s %6d %6d  %s, as of %s%n", s.id(), s.facts(), s.programs(), s.title(), s.asOf()));
        out.printf("%nprograms with each attribute known:%n");
        stats.attributesKnown().forEach((attribute, n) -> out.printf("  %-28s %5d%n", attribute, n));
    }
}
