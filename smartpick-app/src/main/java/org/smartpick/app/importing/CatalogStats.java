package org.smartpick.app.importing;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.DataSource;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.YesNoUnknown;

/**
 * Counts that show what the catalog holds: programs per specialty code (with its name), per source the facts it
 * supplies, per attribute how many programs have it known, and per specialty and attribute how many programs have
 * it stated, inferred or unknown.
 */
public record CatalogStats(
        long version,
        int programs,
        Map<String, Integer> bySpecialty,
        Map<String, String> specialtyNames,
        List<SourceCount> sources,
        Map<String, Integer> attributesKnown,
        Map<String, Map<String, Coverage>> coverage) {

    /** One source with the number of facts and of programs it supplies. */
    public record SourceCount(
            String id,
            String title,
            String publisher,
            String url,
            String asOf,
            String licenceNote,
            int facts,
            int programs) {}

    /** Programs of one specialty with an attribute stated by a source, inferred from another program, or unknown. */
    public record Coverage(int stated, int inferred, int unknown) {
        Coverage add(Fact<?> fact) {
            boolean known = fact.value().filter(v -> v != YesNoUnknown.UNKNOWN).isPresent();
            return new Coverage(
                    stated + (known && fact.isStated() ? 1 : 0),
                    inferred + (known && !fact.isStated() ? 1 : 0),
                    unknown + (known ? 0 : 1));
        }

        /** Programs with the attribute known, stated or inferred. */
        public int known() {
            return stated + inferred;
        }
    }

    public static CatalogStats of(Catalog catalog, long version) {
        Map<String, Integer> bySpecialty = new TreeMap<>();
        Map<String, String> names = new TreeMap<>();
        Map<String, Integer> factsBySource = new TreeMap<>();
        Map<String, Integer> programsBySource = new TreeMap<>();
        Map<String, Integer> known = new TreeMap<>();
        Map<String, Map<String, Coverage>> coverage = new TreeMap<>();
        for (Attribute attribute : Attribute.values()) {
            known.put(attribute.key(), 0);
        }
        for (Program program : catalog.programs()) {
            bySpecialty.merge(program.specialtyCode(), 1, Integer::sum);
            names.putIfAbsent(program.specialtyCode(), program.specialtyName());
            Map<String, Coverage> ofSpecialty = coverage.computeIfAbsent(program.specialtyCode(), c -> new TreeMap<>());
            var sourcesOfProgram = new TreeSet<String>();
            for (Attribute attribute : Attribute.values()) {
                Fact<?> fact = attribute.factOf(program);
                ofSpecialty.merge(
                        attribute.key(),
                        new Coverage(0, 0, 0).add(fact),
                        (a, b) -> new Coverage(a.stated + b.stated, a.inferred + b.inferred, a.unknown + b.unknown));
                if (fact.isKnown()) {
                    known.merge(attribute.key(), 1, Integer::sum);
                    factsBySource.merge(fact.sourceId(), 1, Integer::sum);
                    sourcesOfProgram.add(fact.sourceId());
                }
            }
            sourcesOfProgram.forEach(s -> programsBySource.merge(s, 1, Integer::sum));
        }
        List<SourceCount> sources = catalog.reference().sources().stream()
                .map(s -> count(s, factsBySource, programsBySource))
                .toList();
        return new CatalogStats(version, catalog.programs().size(), bySpecialty, names, sources, known, coverage);
    }

    private static SourceCount count(DataSource s, Map<String, Integer> facts, Map<String, Integer> programs) {
        return new SourceCount(
                s.id(),
                s.title(),
                s.publisher(),
                s.url(),
                s.asOf(),
                s.licenceNote(),
                facts.getOrDefault(s.id(), 0),
                programs.getOrDefault(s.id(), 0));
    }
}
