package org.smartpick.core.program;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.smartpick.core.reference.ReferenceData;

/**
 * The programs and the reference tables a recommendation is computed from; programs sorted by id. It owns its indexes
 * (by id, by specialty), built once with it, so that no caller keeps its own. Equal when the programs and tables are.
 */
public final class Catalog {
    private final List<Program> programs;
    private final ReferenceData reference;
    private final Map<String, Program> byId;
    private final Map<String, List<Program>> bySpecialty;

    public Catalog(List<Program> programs, ReferenceData reference) {
        this.programs =
                programs.stream().sorted(Comparator.comparing(Program::id)).toList();
        this.reference = reference;
        Map<String, Program> ids = new HashMap<>();
        for (Program p : this.programs) {
            ids.putIfAbsent(p.id(), p);
        }
        this.byId = Map.copyOf(ids);
        Map<String, List<Program>> specialties = this.programs.stream()
                .collect(Collectors.groupingBy(Program::specialtyCode, LinkedHashMap::new, Collectors.toList()));
        specialties.replaceAll((code, inSpecialty) -> List.copyOf(inSpecialty));
        this.bySpecialty = Collections.unmodifiableMap(specialties);
    }

    public List<Program> programs() {
        return programs;
    }

    public ReferenceData reference() {
        return reference;
    }

    /** The program with this id (the first, should the catalog hold it twice). */
    public Optional<Program> findProgram(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /** Programs grouped by specialty code, in the order of their first program's id, each group sorted by id. */
    public Map<String, List<Program>> programsBySpecialty() {
        return bySpecialty;
    }

    /** The programs of one specialty, sorted by id; none when the catalog has no such specialty. */
    public List<Program> programsIn(String specialtyCode) {
        return bySpecialty.getOrDefault(specialtyCode, List.of());
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Catalog c && programs.equals(c.programs) && Objects.equals(reference, c.reference);
    }

    @Override
    public int hashCode() {
        return Objects.hash(programs, reference);
    }

    @Override
    public String toString() {
        return "Catalog[" + programs.size() + " programs]";
    }
}
