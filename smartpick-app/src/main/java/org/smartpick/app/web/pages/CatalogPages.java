package org.smartpick.app.web.pages;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.smartpick.app.web.api.ProgramQuery;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.program.Basis;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.DataSource;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Setting;
import org.smartpick.core.program.Track;
import org.smartpick.core.recommend.FactView;
import org.smartpick.core.recommend.ProgramFacts;

/** Builds the catalog pages: program search with filters, one program with all its facts, and the data sources. */
final class CatalogPages {
    private CatalogPages() {}

    /**
     * One page of the programs matching the filters, read as {@code GET /api/v1/programs} reads them (specialty, state,
     * visa, setting, q, page, size); parameters the page does not know (a tracking tag) are ignored, and problems with
     * the known ones are listed instead of programs.
     */
    static ProgramsPage search(Catalog catalog, Map<String, List<String>> params) {
        Map<String, List<String>> known = new TreeMap<>(params);
        known.keySet().retainAll(ProgramQuery.PARAMETERS);
        ProgramQuery.Read read = ProgramQuery.read(known, catalog);
        ProgramsPage.Filters filters = new ProgramsPage.Filters(
                first(known, "specialty"),
                first(known, "state").toUpperCase(Locale.ROOT),
                first(known, "visa").toUpperCase(Locale.ROOT),
                first(known, "setting"),
                first(known, "q"));
        if (read.query().isEmpty()) {
            return new ProgramsPage(
                    filters,
                    specialtyOptions(catalog),
                    settingOptions(),
                    List.of(),
                    0,
                    1,
                    ProgramQuery.DEFAULT_SIZE,
                    read.problems().stream().map(Problem::message).toList());
        }
        ProgramQuery query = read.query().get();
        List<Program> matching = query.matching(catalog);
        List<ProgramsPage.ProgramRow> rows = matching.stream()
                .skip(query.offset())
                .limit(query.size())
                .map(p -> row(p, catalog))
                .toList();
        String setting = query.setting().map(Setting::name).orElse("");
        return new ProgramsPage(
                new ProgramsPage.Filters(filters.specialty(), filters.state(), filters.visa(), setting, filters.q()),
                specialtyOptions(catalog),
                settingOptions(),
                rows,
                matching.size(),
                query.page(),
                query.size(),
                List.of());
    }

    private static List<ProgramsPage.Option> specialtyOptions(Catalog catalog) {
        List<ProgramsPage.Option> specialties = new ArrayList<>();
        specialties.add(new ProgramsPage.Option(
                "", "Any specialty (" + catalog.programs().size() + ")"));
        for (Map.Entry<String, List<Program>> group : new TreeMap<>(catalog.programsBySpecialty()).entrySet()) {
            String name = group.getValue().get(0).specialtyName();
            specialties.add(new ProgramsPage.Option(
                    group.getKey(),
                    name + " (" + group.getKey() + "), " + group.getValue().size()
                            + (group.getValue().size() == 1 ? " program" : " programs")));
        }
        return specialties;
    }

    private static List<ProgramsPage.Option> settingOptions() {
        return Arrays.stream(Setting.values())
                .map(s -> new ProgramsPage.Option(s.name(), s.label()))
                .toList();
    }

    private static String first(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream()
                .findFirst()
                .map(String::strip)
                .orElse("");
    }

    /** The page of one program, when the catalog has it. */
    static Optional<ProgramPage> program(Catalog catalog, String id) {
        return catalog.findProgram(id)
                .map(p -> new ProgramPage(row(p, catalog), p.institution(), p.specialtyCode(), p.specialtyName()));
    }

    static DataPage data(Catalog catalog, long version) {
        return new DataPage(
                catalog.reference().sources().stream()
                        .sorted(java.util.Comparator.comparing(DataSource::id))
                        .toList(),
                catalog.programs().size(),
                version);
    }

    private static ProgramsPage.ProgramRow row(Program p, Catalog catalog) {
        List<ProgramsPage.FactRow> facts = new ArrayList<>();
        for (FactView fact : ProgramFacts.of(p, catalog.reference())) {
            facts.add(new ProgramsPage.FactRow(
                    fact.attribute(),
                    fact.known(),
                    fact.known() ? fact.value() : "",
                    fact.source(),
                    fact.asOf(),
                    fact.basis() == Basis.INFERRED,
                    fact.note()));
        }
        return new ProgramsPage.ProgramRow(
                p.id(),
                p.name(),
                p.city(),
                p.state(),
                trackLabel(p.track()),
                cycleLabel(p.cycle()),
                p.programUrl(),
                facts,
                p.disagreements());
    }

    /** The kind of position in plain words. */
    static String trackLabel(Track track) {
        switch (track) {
            case CATEGORICAL:
                return "categorical";
            case COMBINED:
                return "combined";
            case PRELIMINARY:
                return "preliminary (one year)";
            case ADVANCED:
                return "advanced (starts in the second year)";
            case TRANSITIONAL:
                return "transitional year";
            case FELLOWSHIP:
                return "fellowship";
            default:
                throw new AssertionError(track);
        }
    }

    /** The ERAS application cycle in plain words. */
    static String cycleLabel(ApplicationCycle cycle) {
        switch (cycle) {
            case RESIDENCY_SEPTEMBER:
                return "ERAS residency season (opens in September)";
            case FELLOWSHIP_JULY:
                return "ERAS fellowship July cycle";
            case FELLOWSHIP_DECEMBER:
                return "ERAS fellowship December cycle";
            default:
                throw new AssertionError(cycle);
        }
    }
}
