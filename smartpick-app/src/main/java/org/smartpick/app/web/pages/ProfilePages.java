package org.smartpick.app.web.pages;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.smartpick.app.store.CatalogProvider;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Specialty;

/** Builds the profile page: the form with its values, the problems placed next to their inputs, and the choices. */
final class ProfilePages {
    private final CatalogProvider catalog;
    private final StartingPoints starts;

    ProfilePages(CatalogProvider catalog, StartingPoints starts) {
        this.catalog = catalog;
        this.starts = starts;
    }

    ProfilePage blank() {
        return page(FormValues.empty(), List.of(), "", List.of());
    }

    ProfilePage withNotice(FormValues form, String notice) {
        return page(form, List.of(), notice, List.of());
    }

    ProfilePage withMessage(FormValues form, String message) {
        return page(form, List.of(), "", List.of(message));
    }

    ProfilePage withProblems(FormValues form, List<Problem> problems) {
        return page(form, problems, "", List.of());
    }

    /** The preset's targets that this catalog knows. */
    List<ProfileForm.PresetTarget> presetTargets() {
        Set<String> known = new HashSet<>();
        specialties(catalog.current()).forEach(c -> known.add(c.value()));
        return starts.presetTargets().stream()
                .filter(t -> known.contains(t.specialtyCode()))
                .toList();
    }

    private ProfilePage page(FormValues form, List<Problem> problems, String notice, List<String> messages) {
        int rows =
                Math.min(ProfileForm.MAX_TARGET_ROWS, Math.max(ProfileForm.MIN_TARGET_ROWS, form.filledTargets() + 2));
        Set<String> inputs = ProfileForm.inputNames(rows);
        inputs.add("targets");
        Map<String, List<String>> errors = new LinkedHashMap<>();
        List<String> general = new ArrayList<>(messages);
        for (Problem problem : problems) {
            Optional<String> input = ProfileForm.inputFor(problem.field(), inputs);
            if (input.isPresent()) {
                errors.computeIfAbsent(input.get(), k -> new ArrayList<>()).add(problem.message());
            } else {
                general.add(problem.message());
            }
        }
        Catalog current = catalog.current();
        return new ProfilePage(
                form,
                errors,
                general,
                specialties(current),
                starts.examples(),
                starts.presetLabel(),
                rows,
                notice,
                new ProfilePage.CatalogSummary(
                        current.programs().size(), current.programsBySpecialty().size(), catalog.version()));
    }

    private static String programCount(long n) {
        return n == 0 ? "no programs in the catalog" : n == 1 ? "1 program" : n + " programs";
    }

    /** Every specialty a target may name, by name, with how many programs the catalog has in it. */
    static List<ProfilePage.Choice> specialties(Catalog catalog) {
        Map<String, String> names = new TreeMap<>();
        for (Specialty s : catalog.reference().specialties()) {
            names.put(s.code(), s.name());
        }
        for (Program p : catalog.programs()) {
            names.putIfAbsent(p.specialtyCode(), p.specialtyName());
        }
        Map<String, Long> programs = catalog.programs().stream()
                .collect(java.util.stream.Collectors.groupingBy(
                        Program::specialtyCode, java.util.stream.Collectors.counting()));
        return names.entrySet().stream()
                .map(e -> new ProfilePage.Choice(
                        e.getKey(),
                        e.getValue() + " (" + e.getKey() + "): " + programCount(programs.getOrDefault(e.getKey(), 0L))))
                .sorted(java.util.Comparator.comparing(ProfilePage.Choice::label)
                        .thenComparing(ProfilePage.Choice::value))
                .toList();
    }
}
