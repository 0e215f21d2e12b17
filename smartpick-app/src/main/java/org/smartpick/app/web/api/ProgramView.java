package org.smartpick.app.web.api;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartpick.app.importing.Attribute;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.DataSource;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.YesNoUnknown;

/** A program as the API returns it: identity, then every fact with its source and as-of date. */
record ProgramView(
        String id,
        String name,
        String institution,
        String city,
        String state,
        String specialtyCode,
        String specialtyName,
        String track,
        String cycle,
        String programUrl,
        List<FactView> facts,
        List<String> disagreements) {

    /**
     * One fact: the attribute key (as in import files), its value as text ({@code null} when no source states it),
     * whether it is known (a stated {@code UNKNOWN} is not), the source id and title, and the source's as-of date.
     */
    record FactView(
            String attribute, Optional<String> value, boolean known, String sourceId, String source, String asOf) {}

    static ProgramView of(Program program, Catalog catalog) {
        List<FactView> facts = new ArrayList<>();
        for (Attribute attribute : Attribute.values()) {
            facts.add(fact(attribute, attribute.factOf(program), catalog));
        }
        return new ProgramView(
                program.id(),
                program.name(),
                program.institution(),
                program.city(),
                program.state(),
                program.specialtyCode(),
                program.specialtyName(),
                program.track().name(),
                program.cycle().name(),
                program.programUrl(),
                facts,
                program.disagreements());
    }

    private static FactView fact(Attribute attribute, Fact<?> fact, Catalog catalog) {
        Optional<String> value = fact.value().map(attribute::format);
        boolean known = fact.value().filter(v -> v != YesNoUnknown.UNKNOWN).isPresent();
        String source = catalog.reference()
                .findSource(fact.sourceId())
                .map(DataSource::title)
                .orElse(fact.isKnown() ? fact.sourceId() : "no source states this");
        return new FactView(attribute.key(), value, known, fact.sourceId(), source, fact.asOf());
    }
}
