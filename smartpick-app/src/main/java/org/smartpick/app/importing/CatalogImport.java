package org.smartpick.app.importing;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.DataSource;
import org.smartpick.core.program.Program;
import org.smartpick.core.reference.ReferenceData;

/**
 * Applies an import file to a catalog, all or nothing: either every row is valid and joins, giving the new
 * catalog, or the result lists every problem and no catalog. Listings in CSV formats are filed under the shipped
 * source of the same format (a fresher FREIDA extract is still FREIDA); facts files name their own sources.
 */
public final class CatalogImport {
    private CatalogImport() {}

    public static Parsed<Catalog> apply(
            Catalog current, ImportFormat format, Reader reader, List<SpecialtyTrack> tracks) {
        if (format == ImportFormat.JSON) {
            return CatalogJson.parse(reader);
        }
        Parsed<ProgramUpdate> parsed = read(current, format, reader);
        if (format.factsOfListedProgramsOnly()) {
            // A whole-directory export also lists programs that closed or left ERAS: their rows are left out.
            Set<String> listed = current.programs().stream().map(Program::id).collect(Collectors.toSet());
            parsed = new Parsed<>(
                    parsed.items().stream()
                            .filter(u -> listed.contains(u.programId()))
                            .toList(),
                    parsed.problems());
        }
        CatalogMerge merge = new CatalogMerge(
                current.programs(), new SpecialtyRules(current.reference().specialties(), tracks));
        // Rows that parsed are still joined, so one report lists the rows that do not join as well.
        List<Problem> problems = new ArrayList<>(parsed.problems());
        parsed.items().forEach(update -> merge.apply(update).ifPresent(problems::add));
        if (!problems.isEmpty()) {
            problems.sort(Comparator.comparingLong(CatalogImport::lineOf));
            return new Parsed<>(List.of(), problems);
        }
        List<Program> programs = CatalogInference.apply(merge.programs(), ShippedCatalog.combinedCores());
        return new Parsed<>(
                List.of(new Catalog(programs, withSources(current.reference(), parsed.items()))), List.of());
    }

    /** The line a problem names ("line 12, column x"), or 0 for file-level problems, to list problems in file order. */
    private static long lineOf(Problem problem) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("^line (\\d+)").matcher(problem.field());
        return m.find() ? Long.parseLong(m.group(1)) : 0;
    }

    private static Parsed<ProgramUpdate> read(Catalog current, ImportFormat format, Reader reader) {
        switch (format) {
            case FREIDA_CSV:
                return FreidaCsvReader.parse(reader, "freida");
            case ERAS_CSV:
                return ListingCsvReader.parse(reader, "eras", asOf(current, "eras"));
            case ACGME_CSV:
                return ListingCsvReader.parse(reader, "acgme", asOf(current, "acgme"));
            case FACTS_CSV:
                return ProgramFactsCsvReader.parse(reader);
            case INTERVIEW_RATES_CSV:
                return interviewRates(current, reader);
            case RESIDENCY_EXPLORER_CSV:
                return ResidencyExplorerCsvReader.parse(
                        reader, "residency-explorer", asOf(current, "residency-explorer"));
            default:
                throw new AssertionError(format);
        }
    }

    /**
     * An interview-rate file names programs, not ids: rows are joined to the catalog's programs (a row that matches no
     * program or several is left out, never guessed) and their rates become facts of the programs they join.
     */
    private static Parsed<ProgramUpdate> interviewRates(Catalog current, Reader reader) {
        Parsed<InterviewRateRow> rows = InterviewRatesCsvReader.parse(reader);
        if (!rows.ok()) {
            return new Parsed<>(List.of(), rows.problems());
        }
        var join = InterviewRateJoin.join(rows.items(), current.programs(), ShippedInterviewRates.nameEvidence());
        return new Parsed<>(
                InterviewRateFacts.updates(join, "eras-interview-rates", asOf(current, "eras-interview-rates")),
                List.of());
    }

    private static String asOf(Catalog current, String sourceId) {
        return current.reference().findSource(sourceId).map(DataSource::asOf).orElse("");
    }

    /** Adds a source entry for every source a facts file names that the catalog does not know yet. */
    private static ReferenceData withSources(ReferenceData reference, List<ProgramUpdate> updates) {
        Map<String, String> newestAsOf = new LinkedHashMap<>();
        updates.stream()
                .flatMap(u -> u.facts().stream())
                .map(AttributeFact::fact)
                .filter(f -> reference.findSource(f.sourceId()).isEmpty())
                .forEach(f -> newestAsOf.merge(f.sourceId(), f.asOf(), (a, b) -> a.compareTo(b) >= 0 ? a : b));
        if (newestAsOf.isEmpty()) {
            return reference;
        }
        List<DataSource> sources = new ArrayList<>(reference.sources());
        newestAsOf.forEach((id, asOf) -> sources.add(new DataSource(
                id,
                id,
                "imported by a SmartPick user",
                "",
                asOf,
                "Imported program facts; check them with the program.")));
        sources.sort(Comparator.comparing(DataSource::id));
        return new ReferenceData(
                reference.specialties(),
                reference.matchOutcomes(),
                reference.feeSchedules(),
                reference.oneOffFees(),
                reference.signalAllowances(),
                sources);
    }
}
