package org.smartpick.app.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.smartpick.app.importing.Attribute;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.DataSource;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;

/** Builds the landing and program-search pages from the catalog. */
final class ProgramPages {
    static final String DEFAULT_SPECIALTY = "140";

    private ProgramPages() {
    }

    static LandingPage landing(Catalog catalog, long version) {
        return new LandingPage(catalog.programs().size(), catalog.programsBySpecialty().size(), version, catalog.reference().sources());
    }

    static ProgramsPage search(Catalog catalog, String specialty, String state) {
        String code = specialty == null || specialty.isBlank() ? DEFAULT_SPECIALTY : specialty.trim();
        String st = state == null ? "" : state.trim().toUpperCase(Locale.ROOT);
        List<ProgramsPage.SpecialtyOption> options = new ArrayList<>();
        for (Map.Entry<String, List<Program>> group : new java.util.TreeMap<>(catalog.programsBySpecialty()).entrySet()) {
            String name = group.getValue().get(0).specialtyName();
            options.add(new ProgramsPage.SpecialtyOption(group.getKey(), name, group.getValue().size()));
        }
        List<ProgramsPage.ProgramRow> rows = catalog.programsIn(code).stream()
                .filter(p -> st.isEmpty() || p.state().equalsIgnoreCase(st))
                .map(p -> row(p, catalog))
                .toList();
        return new ProgramsPage(code, st, options, rows, catalog.reference().sources());
    }

    private static ProgramsPage.ProgramRow row(Program p, Catalog catalog) {
        List<ProgramsPage.FactRow> facts = new ArrayList<>();
        for (Attribute attribute : Attribute.values()) {
            facts.add(fact(attribute, attribute.factOf(p), catalog));
        }
        return new ProgramsPage.ProgramRow(p.id(), p.name(), p.city(), p.state(), p.track().name(), p.cycle().name(),
                p.programUrl(), facts, p.disagreements());
    }

    private static ProgramsPage.FactRow fact(Attribute attribute, Fact<?> fact, Catalog catalog) {
        String label = attribute.key().replace('_', ' ');
        if (!fact.isKnown()) {
            return new ProgramsPage.FactRow(label, false, "", "", "");
        }
        String source = catalog.reference().findSource(fact.sourceId()).map(DataSource::title).orElse(fact.sourceId());
        return new ProgramsPage.FactRow(label, true, attribute.format(fact.value().orElseThrow()), source, fact.asOf());
    }
}
