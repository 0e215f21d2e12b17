package org.smartpick.app.importing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.DataSource;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;

/**
 * Counts that show what the catalog holds: programs per specialty code, per source the facts it supplies, and per
 * attribute how many programs have it known.
 */
public record CatalogStats(long version, int programs, Map<String, Integer> bySpecialty, List<SourceCount> sources,
                           Map<String, Integer> attributesKnown) {

    /** One source with the number of facts and of programs it supplies. */
    public record SourceCount(String id, String title, String publisher, String url, String asOf, String licenceNote,
                              int facts, int programs) {
    }

    public static CatalogStats of(Catalog catalog, long version) {
        Map<String, Integer> bySpecialty = new TreeMap<>();
        Map<String, Integer> factsBySource = new TreeMap<>();
        Map<String, Integer> programsBySource = new TreeMap<>();
        Map<String, Integer> known = new TreeMap<>();
        for (Attribute attribute : Attribute.values()) {
            known.put(attribute.key(), 0);
        }
        for (Program program : catalog.programs()) {
            bySpecialty.merge(program.specialtyCode(), 1, Integer::sum);
            var sourcesOfProgram = new java.util.TreeSet<String>();
            for (Attribute attribute : Attribute.values()) {
                Fact<?> fact = attribute.factOf(program);
                if (fact.isKnown()) {
                    known.merge(attribute.key(), 1, Integer::sum);
                    factsBySource.merge(fact.sourceId(), 1, Integer::sum);
                    sourcesOfProgram.add(fact.sourceId());
                }
            }
            sourcesOfProgram.forEach(s -> programsBySource.merge(s, 1, Integer::sum));
        }
        List<SourceCount> sources = catalog.reference().sources().stream()
                .map(s -> count(s, factsBySource, programsBySource)).toList();
        return new CatalogStats(version, catalog.programs().size(), bySpecialty, sources, known);
    }

    private static SourceCount count(DataSource s, Map<String, Integer> facts, Map<String, Integer> programs) {
        return new SourceCount(s.id(), s.title(), s.publisher(), s.url(), s.asOf(), s.licenceNote(),
                facts.getOrDefault(s.id(), 0), programs.getOrDefault(s.id(), 0));
    }
}
