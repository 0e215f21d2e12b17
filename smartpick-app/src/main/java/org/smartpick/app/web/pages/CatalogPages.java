package org.smartpick.app.web.pages;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.smartpick.app.importing.Attribute;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.DataSource;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Basis;
import org.smartpick.core.recommend.FactView;
import org.smartpick.core.recommend.ProgramFacts;
import org.smartpick.core.program.Setting;
import org.smartpick.core.program.YesNoUnknown;

/** Builds the catalog pages: program search with filters, one program with all its facts, and the data sources. */
final class CatalogPages {
    static final String DEFAULT_SPECIALTY = "140";

    private CatalogPages() {
    }

    /** The search filters as given; blank means any. {@code visa} is J1, H1B or UNKNOWN (any case, as in the API). */
    record Filters(String specialty, String state, String visa, String setting) {
        static Filters of(String specialty, String state, String visa, String setting) {
            return new Filters(specialty == null || specialty.isBlank() ? DEFAULT_SPECIALTY : specialty.strip(),
                    state == null ? "" : state.strip().toUpperCase(Locale.ROOT),
                    visa == null ? "" : visa.strip().toUpperCase(Locale.ROOT),
                    setting == null ? "" : setting.strip());
        }

        Predicate<Program> matches() {
            Predicate<Program> byState = p -> state.isEmpty() || p.state().equalsIgnoreCase(state);
            return byState.and(this::visaMatches).and(this::settingMatches);
        }

        /** J1 or H1B: the program is known to sponsor it; unknown: no source says whether it sponsors either. */
        private boolean visaMatches(Program p) {
            switch (visa) {
                case "J1":
                    return p.j1Visa().value().orElse(YesNoUnknown.UNKNOWN) == YesNoUnknown.YES;
                case "H1B":
                    return p.h1bVisa().value().orElse(YesNoUnknown.UNKNOWN) == YesNoUnknown.YES;
                case "UNKNOWN":
                    return p.j1Visa().value().orElse(YesNoUnknown.UNKNOWN) == YesNoUnknown.UNKNOWN
                            && p.h1bVisa().value().orElse(YesNoUnknown.UNKNOWN) == YesNoUnknown.UNKNOWN;
                default:
                    return true;
            }
        }

        private boolean settingMatches(Program p) {
            return setting.isEmpty() || p.setting().value().map(s -> s.name().equals(setting)).orElse(false);
        }
    }

    static ProgramsPage search(Catalog catalog, Filters filters) {
        List<ProgramsPage.Option> specialties = new ArrayList<>();
        for (Map.Entry<String, List<Program>> group : new TreeMap<>(catalog.programsBySpecialty()).entrySet()) {
            String name = group.getValue().get(0).specialtyName();
            specialties.add(new ProgramsPage.Option(group.getKey(), group.getKey() + " " + name + " (" + group.getValue().size() + ")"));
        }
        List<ProgramsPage.Option> settings = java.util.Arrays.stream(Setting.values())
                .map(s -> new ProgramsPage.Option(s.name(), s.label())).toList();
        List<ProgramsPage.ProgramRow> rows = catalog.programsIn(filters.specialty()).stream()
                .filter(filters.matches())
                .map(p -> row(p, catalog))
                .toList();
        return new ProgramsPage(filters.specialty(), filters.state(), filters.visa(), filters.setting(), specialties,
                settings, rows);
    }

    /** The page of one program, when the catalog has it. */
    static Optional<ProgramPage> program(Catalog catalog, String id) {
        return catalog.findProgram(id).map(p -> new ProgramPage(row(p, catalog), p.institution(), p.specialtyCode(),
                p.specialtyName()));
    }

    static DataPage data(Catalog catalog, long version) {
        return new DataPage(catalog.reference().sources().stream()
                .sorted(java.util.Comparator.comparing(DataSource::id)).toList(), catalog.programs().size(), version);
    }

    private static ProgramsPage.ProgramRow row(Program p, Catalog catalog) {
        List<ProgramsPage.FactRow> facts = new ArrayList<>();
        for (FactView fact : ProgramFacts.of(p, catalog.reference())) {
            facts.add(new ProgramsPage.FactRow(fact.attribute(), fact.known(), fact.known() ? fact.value() : "",
                    fact.source(), fact.asOf(), fact.basis() == Basis.INFERRED, fact.note()));
        }
        return new ProgramsPage.ProgramRow(p.id(), p.name(), p.city(), p.state(), p.track().name(), p.cycle().name(),
                p.programUrl(), facts, p.disagreements());
    }
}
