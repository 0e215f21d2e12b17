package org.smartpick.app.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.DataSource;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.reference.MatchOutcome;
import org.smartpick.core.reference.ReferenceData;

/**
 * The catalog SmartPick ships: every ERAS 2026 residency program, FREIDA attributes for Internal Medicine, the
 * ACGME genetics programs and the reference tables, joined from the CSV files packaged under {@code /data/}.
 */
public final class ShippedCatalog {
    static final int NRMP_SEASON = 2025;
    static final String RESIDENCY_EXPLORER = "programs/aamc_residency_explorer_2021_programs.csv";
    static final String COMBINED_CORES = "programs/combined_core_programs.csv";

    private ShippedCatalog() {}

    /** Builds the joined catalog from the classpath; a broken shipped file is a bug and throws. */
    public static Catalog load() {
        return build(ShippedCatalog::open);
    }

    /** The track table shipped in {@code specialty_tracks.csv}, also used when imports add programs. */
    public static List<SpecialtyTrack> specialtyTracks() {
        return require("specialty_tracks.csv", ReferenceCsvReaders.specialtyTracks(open("specialty_tracks.csv")));
    }

    /** Builds the joined catalog reading each named file through {@code open}. */
    static Catalog build(Function<String, Reader> open) {
        Map<String, DataSource> sourceByFile =
                require("sources.csv", ReferenceCsvReaders.sources(open.apply("sources.csv"))).stream()
                        .collect(Collectors.toMap(SourceFile::file, SourceFile::source));
        ReferenceData reference = reference(open, sourceByFile);
        SpecialtyRules rules = new SpecialtyRules(
                reference.specialties(),
                require(
                        "specialty_tracks.csv",
                        ReferenceCsvReaders.specialtyTracks(open.apply("specialty_tracks.csv"))));
        CatalogMerge merge = new CatalogMerge(List.of(), rules);
        // Oldest source first: each later listing names the program (FREIDA 2025-03, ERAS 2025-06, ACGME 2026-01).
        String freida = "freida_internal_medicine_programs_2025.csv";
        String eras = "eras2026_residency_programs.csv";
        String acgme = "acgme2026_medical_genetics_programs.csv";
        applyAll(
                merge,
                freida,
                FreidaCsvReader.parse(
                        open.apply(freida), sourceByFile.get(freida).id()));
        applyAll(
                merge,
                eras,
                ListingCsvReader.parse(
                        open.apply(eras),
                        sourceByFile.get(eras).id(),
                        sourceByFile.get(eras).asOf()));
        applyAll(
                merge,
                acgme,
                ListingCsvReader.parse(
                        open.apply(acgme),
                        sourceByFile.get(acgme).id(),
                        sourceByFile.get(acgme).asOf()));
        applyFactLinks(merge, open, sourceByFile.get("match_statistics_facts.csv"));
        applyToListed(
                merge,
                RESIDENCY_EXPLORER,
                ResidencyExplorerCsvReader.parse(
                        open.apply(RESIDENCY_EXPLORER),
                        sourceByFile.get(RESIDENCY_EXPLORER).id(),
                        sourceByFile.get(RESIDENCY_EXPLORER).asOf()));
        applyResearchIntensity(merge, SponsorHerdJoin.shipped(), sourceByFile.get(SponsorHerdJoin.CROSSWALK_FILE));
        DataSource rates = sourceByFile.get(ShippedInterviewRates.RATES);
        applyAll(
                merge,
                ShippedInterviewRates.RATES,
                new Parsed<>(
                        InterviewRateFacts.updates(
                                InterviewRateJoin.join(
                                        ShippedInterviewRates.rows(),
                                        merge.programs(),
                                        ShippedInterviewRates.nameEvidence()),
                                rates.id(),
                                rates.asOf()),
                        List.of()));
        List<CombinedCore> cores =
                require(COMBINED_CORES, ReferenceCsvReaders.combinedCores(open.apply(COMBINED_CORES)));
        return new Catalog(CatalogInference.apply(merge.programs(), cores), reference);
    }

    /** Each program whose sponsor the crosswalk joins to a HERD university gets that university's research intensity. */
    private static void applyResearchIntensity(CatalogMerge merge, SponsorHerdJoin herd, DataSource source) {
        for (Program program : merge.programs()) {
            herd.lookup(program.institution(), program.state())
                    .ifPresent(r -> merge.applyFact(
                            new AttributeFact(
                                    program.id(), Attribute.RESEARCH_INTENSITY, Fact.of(r, source.id(), source.asOf())),
                            SponsorHerdJoin.CROSSWALK_FILE));
        }
    }

    /** The combined programs (765, 766) and the core programs whose facts stand in for theirs. */
    public static List<CombinedCore> combinedCores() {
        return require(COMBINED_CORES, ReferenceCsvReaders.combinedCores(open(COMBINED_CORES)));
    }

    /**
     * Applies a whole-directory export's facts to the programs the catalog lists; rows of programs that are not in
     * the ERAS 2026 list (closed, renamed or outside ERAS) are left out.
     */
    private static void applyToListed(CatalogMerge merge, String file, Parsed<ProgramUpdate> parsed) {
        List<ProgramUpdate> listed = require(file, parsed).stream()
                .filter(u -> merge.contains(u.programId()))
                .toList();
        applyAll(merge, file, new Parsed<>(listed, List.of()));
    }

    private static ReferenceData reference(Function<String, Reader> open, Map<String, DataSource> sourceByFile) {
        var specialties = require(
                "eras_acgme_specialty_codes_2027_par.csv",
                ReferenceCsvReaders.specialties(open.apply("eras_acgme_specialty_codes_2027_par.csv")));
        var codes = require(
                "nrmp_specialty_codes.csv",
                ReferenceCsvReaders.nrmpSpecialtyCodes(open.apply("nrmp_specialty_codes.csv")));
        String nrmp = "nrmp_2025_main_match_pgy1_by_specialty_applicant_type.csv";
        List<MatchOutcome> outcomes =
                require(nrmp, ReferenceCsvReaders.matchOutcomes(open.apply(nrmp), NRMP_SEASON, codes)).stream()
                        .flatMap(List::stream)
                        .toList();
        var fees =
                require("eras_fee_schedule.csv", ReferenceCsvReaders.feeSchedules(open.apply("eras_fee_schedule.csv")));
        var oneOff = require("one_off_fees.csv", ReferenceCsvReaders.oneOffFees(open.apply("one_off_fees.csv")));
        var signals =
                require("program_signals.csv", ReferenceCsvReaders.signalAllowances(open.apply("program_signals.csv")));
        List<DataSource> sources = sourceByFile.values().stream()
                .sorted(java.util.Comparator.comparing(DataSource::id))
                .toList();
        return new ReferenceData(specialties, outcomes, fees, oneOff, signals, sources);
    }

    private static void applyAll(CatalogMerge merge, String file, Parsed<ProgramUpdate> parsed) {
        List<String> problems = new ArrayList<>();
        require(file, parsed).forEach(u -> merge.apply(u).ifPresent(p -> problems.add(p.field() + ": " + p.message())));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("shipped file " + file + " does not join: " + problems);
        }
    }

    /** Applies a fact that names one program by institution only when exactly that program is in the catalog. */
    private static void applyFactLinks(CatalogMerge merge, Function<String, Reader> open, DataSource facts) {
        for (FactLink link : require(
                "program_fact_links.csv", ReferenceCsvReaders.factLinks(open.apply("program_fact_links.csv")))) {
            List<String> ids = merge.findIds(link.specialtyCode(), link.institution(), link.state());
            if (ids.size() == 1) {
                merge.applyFact(
                        new AttributeFact(
                                ids.get(0), link.attribute(), Fact.of(link.value(), facts.id(), facts.asOf())),
                        "program_fact_links.csv " + link.factId());
            }
        }
    }

    private static <T> List<T> require(String file, Parsed<T> parsed) {
        if (!parsed.ok()) {
            throw new IllegalStateException("shipped file " + file + " has problems: " + parsed.problems());
        }
        return parsed.items();
    }

    private static Reader open(String file) {
        InputStream in = ShippedCatalog.class.getResourceAsStream("/data/" + file);
        if (in == null) {
            throw new UncheckedIOException(
                    new IOException("shipped data file /data/" + file + " is not on the classpath"));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
    }
}
