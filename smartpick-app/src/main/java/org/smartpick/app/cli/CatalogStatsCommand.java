package org.smartpick.app.cli;

import com.fasterxml.jackson.core.JacksonException;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.smartpick.app.importing.CatalogStats;
import org.smartpick.app.json.Json;
import org.smartpick.core.program.Catalog;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** Prints counts per source and per known attribute, and a coverage table per specialty. */
@Command(
        name = "stats",
        mixinStandardHelpOptions = true,
        description = "Counts per specialty, per source and per attribute known.")
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

    /** The attributes the coverage table shows, as "stated + inferred of all" per specialty. */
    private static final List<String> COVERAGE_COLUMNS = List.of(
            "visa_j1",
            "visa_h1b",
            "pct_img",
            "pct_non_us_img",
            "interview_rate_non_us_img",
            "interview_rate_us_md",
            "setting",
            "research_intensity");

    private static void printText(CatalogStats stats, PrintWriter out) {
        out.printf("catalog version %d: %d programs%n%n", stats.version(), stats.programs());
        out.printf("sources (facts supplied, programs with facts):%n");
        stats.sources()
                .forEach(s -> out.printf(
                        "  %-20s %6d %6d  %s, as of %s%n", s.id(), s.facts(), s.programs(), s.title(), s.asOf()));
        out.printf("%nprograms with each attribute known:%n");
        stats.attributesKnown().forEach((attribute, n) -> out.printf("  %-28s %5d%n", attribute, n));
        out.printf("%ncoverage by specialty: programs with the fact known (stated by a source + inferred from another "
                + "program) of all programs%n");
        out.printf("  %-44s %8s", "specialty", "programs");
        COVERAGE_COLUMNS.forEach(c -> out.printf("  %-16s", shortName(c)));
        out.println();
        stats.bySpecialty().forEach((code, n) -> {
            out.printf("  %-44s %8d", abbreviate(stats.specialtyNames().get(code) + " (" + code + ")", 44), n);
            Map<String, CatalogStats.Coverage> coverage = stats.coverage().get(code);
            for (String column : COVERAGE_COLUMNS) {
                CatalogStats.Coverage c = coverage.get(column);
                out.printf(
                        "  %-16s",
                        c.known() == 0
                                ? "-"
                                : c.stated() + (c.inferred() > 0 ? "+" + c.inferred() : "") + " ("
                                        + Math.round(100.0 * c.known() / n) + "%)");
            }
            out.println();
        });
    }

    private static String shortName(String attribute) {
        return attribute
                .replace("interview_rate_", "interview ")
                .replace("pct_", "% ")
                .replace("research_intensity", "research")
                .replace('_', ' ');
    }

    private static String abbreviate(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
