package org.smartpick.app.web.api;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Specialty;

/** A specialty with its ERAS application cycle and how many catalog programs it has. */
record SpecialtyView(String code, String name, String cycle, int programCount) {

    /** Every specialty the reference tables or the programs name, sorted by code. */
    static List<SpecialtyView> all(Catalog catalog) {
        Map<String, Long> counts = catalog.programs().stream()
                .collect(Collectors.groupingBy(Program::specialtyCode, Collectors.counting()));
        Map<String, SpecialtyView> byCode = new TreeMap<>();
        for (Program program : catalog.programs()) {
            byCode.putIfAbsent(
                    program.specialtyCode(),
                    new SpecialtyView(
                            program.specialtyCode(),
                            program.specialtyName(),
                            program.cycle().name(),
                            counts.get(program.specialtyCode()).intValue()));
        }
        Map<String, Specialty> reference = catalog.reference().specialties().stream()
                .collect(Collectors.toMap(Specialty::code, Function.identity(), (a, b) -> a));
        reference
                .values()
                .forEach(s -> byCode.put(
                        s.code(),
                        new SpecialtyView(
                                s.code(),
                                s.name(),
                                s.cycle().name(),
                                counts.getOrDefault(s.code(), 0L).intValue())));
        return List.copyOf(byCode.values());
    }
}
