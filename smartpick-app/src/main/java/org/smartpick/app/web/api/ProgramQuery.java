package org.smartpick.app.web.api;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Setting;

/**
 * The filters and page of {@code GET /api/v1/programs} and of the {@code /programs} page: every given filter must
 * hold; {@code q} matches the name, institution or city ignoring case; pages count from 1.
 */
public record ProgramQuery(
        Optional<String> specialty,
        Optional<String> state,
        Optional<VisaFilter> visa,
        Optional<Setting> setting,
        Optional<String> text,
        int page,
        int size) {
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_SIZE = 100;
    static final int MAX_PAGE = 1_000_000;
    static final int MAX_TEXT = 100;
    public static final Set<String> PARAMETERS = Set.of("specialty", "state", "visa", "setting", "q", "page", "size");

    /** What reading the parameters gave: the query when they are all right, else every problem with them. */
    public record Read(Optional<ProgramQuery> query, List<Problem> problems) {
        public Read {
            problems = List.copyOf(problems);
        }
    }

    /** The query, or a 400 with every problem with the parameters (unknown names, bad values, unknown specialty codes). */
    static ProgramQuery parse(Map<String, List<String>> params, Catalog catalog) {
        Read read = read(params, catalog);
        return read.query().orElseThrow(() -> ApiError.badRequest(read.problems()));
    }

    /**
     * Reads the parameters, collecting every problem with them; a specialty must be one {@code GET /api/v1/specialties}
     * lists for this catalog.
     */
    public static Read read(Map<String, List<String>> params, Catalog catalog) {
        Set<String> specialtyCodes = new HashSet<>();
        SpecialtyView.all(catalog).forEach(s -> specialtyCodes.add(s.code()));
        List<Problem> problems = new ArrayList<>();
        new TreeSet<>(params.keySet())
                .stream()
                        .filter(name -> !PARAMETERS.contains(name))
                        .forEach(name -> problems.add(new Problem(
                                WholeNumber.clip(name),
                                "unknown parameter; expected one of " + new TreeSet<>(PARAMETERS))));
        params.forEach((name, values) -> {
            if (PARAMETERS.contains(name) && values.size() > 1) {
                problems.add(new Problem(name, name + " may be given once, was given " + values.size() + " times"));
            }
        });
        Optional<String> specialty = single(params, "specialty");
        specialty
                .filter(code -> !specialtyCodes.contains(code))
                .ifPresent(code -> problems.add(new Problem(
                        "specialty",
                        "unknown specialty code '" + WholeNumber.clip(code) + "'; see GET /api/v1/specialties")));
        Optional<String> state = single(params, "state").map(s -> s.toUpperCase(Locale.ROOT));
        state.filter(s -> !s.matches("[A-Z]{2}"))
                .ifPresent(s -> problems.add(new Problem(
                        "state",
                        "state must be a two-letter US state code such as NY, was '" + WholeNumber.clip(s) + "'")));
        Optional<VisaFilter> visa = single(params, "visa").flatMap(v -> visa(v, problems));
        Optional<Setting> setting = single(params, "setting").flatMap(s -> setting(s, problems));
        Optional<String> text = single(params, "q");
        text.filter(t -> t.length() > MAX_TEXT)
                .ifPresent(t -> problems.add(
                        new Problem("q", "q must be at most " + MAX_TEXT + " characters, was " + t.length())));
        int page = WholeNumber.parse(single(params, "page"), "page", 1, MAX_PAGE, problems)
                .orElse(1);
        int size = WholeNumber.parse(single(params, "size"), "size", 1, MAX_SIZE, problems)
                .orElse(DEFAULT_SIZE);
        if (!problems.isEmpty()) {
            return new Read(Optional.empty(), problems);
        }
        return new Read(
                Optional.of(new ProgramQuery(
                        specialty, state, visa, setting, text.map(t -> t.toLowerCase(Locale.ROOT)), page, size)),
                List.of());
    }

    /** The programs of the catalog that match every filter, in the catalog's (ACGME id) order. */
    public List<Program> matching(Catalog catalog) {
        return catalog.programs().stream().filter(this::matches).toList();
    }

    /** The index of this page's first program among the matching ones. */
    public long offset() {
        return (long) (page - 1) * size;
    }

    boolean matches(Program program) {
        return specialty.map(program.specialtyCode()::equals).orElse(true)
                && state.map(program.state()::equalsIgnoreCase).orElse(true)
                && visa.map(v -> v.matches(program)).orElse(true)
                && setting.map(s -> program.setting().value().filter(s::equals).isPresent())
                        .orElse(true)
                && text.map(t -> contains(program.name(), t)
                                || contains(program.institution(), t)
                                || contains(program.city(), t))
                        .orElse(true);
    }

    private static boolean contains(String field, String lowerCaseText) {
        return field != null && field.toLowerCase(Locale.ROOT).contains(lowerCaseText);
    }

    private static Optional<String> single(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream()
                .findFirst()
                .map(String::trim)
                .filter(v -> !v.isEmpty());
    }

    private static Optional<VisaFilter> visa(String text, List<Problem> problems) {
        Optional<VisaFilter> found = Arrays.stream(VisaFilter.values())
                .filter(v -> v.name().equalsIgnoreCase(text))
                .findFirst();
        if (found.isEmpty()) {
            problems.add(new Problem(
                    "visa",
                    "visa must be one of " + Arrays.toString(VisaFilter.values()) + ", was '" + WholeNumber.clip(text)
                            + "'"));
        }
        return found;
    }

    private static Optional<Setting> setting(String text, List<Problem> problems) {
        Optional<Setting> found = Setting.find(text);
        if (found.isEmpty()) {
            problems.add(new Problem(
                    "setting",
                    "setting must be one of " + Arrays.toString(Setting.values()) + ", was '" + WholeNumber.clip(text)
                            + "'"));
        }
        return found;
    }
}
