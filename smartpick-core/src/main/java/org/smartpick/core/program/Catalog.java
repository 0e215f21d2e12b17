package org.smartpick.core.program;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.smartpick.core.reference.ReferenceData;

/** The programs and the reference tables a recommendation is computed from; programs sorted by id. */
public record Catalog(List<Program> programs, ReferenceData reference) {
    public Catalog {
        programs = programs.stream().sorted(Comparator.comparing(Program::id)).toList();
    }

    public Optional<Program> findProgram(String id) {
        return programs.stream().filter(p -> p.id().equals(id)).findFirst();
    }

    /** Programs grouped by specialty code, each group sorted by id. */
    public Map<String, List<Program>> programsBySpecialty() {
        return programs.stream()
                .collect(Collectors.groupingBy(Program::specialtyCode, LinkedHashMap::new, Collectors.toList()));
    }

    public List<Program> programsIn(String specialtyCode) {
        return programs.stream()
                .filter(p -> p.specialtyCode().equals(specialtyCode))
                .toList();
    }
}
