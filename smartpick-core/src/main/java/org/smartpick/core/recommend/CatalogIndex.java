package org.smartpick.core.recommend;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.smartpick.core.chance.ApplicantChances;
import org.smartpick.core.chance.ChanceModel;
import org.smartpick.core.pathways.InstitutionLink;
import org.smartpick.core.pathways.InstitutionLinks;
import org.smartpick.core.pathways.PathwayTrack;
import org.smartpick.core.pathways.Pathways;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Program;
import org.smartpick.core.tiers.TierClassifier;

/**
 * What does not depend on the profile, computed once per catalog instance: the indexed programs by specialty and
 * the distinct states of the programs, sorted.
 */
record CatalogIndex(
        Catalog catalog,
        Map<String, List<IndexedProgram>> bySpecialty,
        List<String> states,
        ConcurrentMap<String, List<FactView>> facts) {

    /** Every program of {@code catalog} indexed, with its pathway links by family and its tier facts. */
    static CatalogIndex of(Catalog catalog, Pathways pathways, TierClassifier tiers, ChanceModel model) {
        Map<String, Map<String, Optional<InstitutionLink>>> linksByProgram = new HashMap<>();
        pathways.tracks().stream()
                .map(PathwayTrack::family)
                .distinct()
                .forEach(f -> InstitutionLinks.find(catalog.programs(), pathways, f)
                        .forEach(l -> linksByProgram
                                .computeIfAbsent(l.programId(), id -> new HashMap<>())
                                .put(f, Optional.of(l))));
        List<String> states = catalog.programs().stream()
                .map(Program::state)
                .filter(Objects::nonNull)
                .distinct()
                .sorted()
                .toList();
        Map<String, List<IndexedProgram>> bySpecialty = new LinkedHashMap<>();
        List<Program> programs = catalog.programs();
        for (int i = 0; i < programs.size(); i++) {
            Program p = programs.get(i);
            bySpecialty
                    .computeIfAbsent(p.specialtyCode(), code -> new ArrayList<>())
                    .add(IndexedProgram.of(p, i, states, linksByProgram.getOrDefault(p.id(), Map.of()), tiers, model));
        }
        bySpecialty.replaceAll((code, indexed) -> List.copyOf(indexed));
        return new CatalogIndex(catalog, bySpecialty, states, new ConcurrentHashMap<>());
    }

    /** The indexed programs of one specialty, in catalog order; none when the catalog has no such specialty. */
    List<IndexedProgram> programsOf(String specialtyCode) {
        return bySpecialty.getOrDefault(specialtyCode, List.of());
    }

    /** A program's facts as the applicant sees them, worded once per catalog (they do not depend on the profile). */
    List<FactView> factsOf(Program program) {
        return facts.computeIfAbsent(program.id(), id -> ProgramFacts.of(program, catalog.reference()));
    }

    /** Whether the applicant prefers each of {@link #states}, by state index. */
    boolean[] preferredStates(ApplicantChances chances) {
        boolean[] preferred = new boolean[states.size()];
        for (int i = 0; i < preferred.length; i++) {
            preferred[i] = chances.prefers(states.get(i));
        }
        return preferred;
    }
}
