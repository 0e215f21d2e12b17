package org.smartpick.app.web.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import org.smartpick.app.applicant.ProfileJson;
import org.smartpick.app.json.Json;
import org.smartpick.app.recommend.RecommendationService;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.ProfileLimits;
import org.smartpick.core.common.Problem;
import org.smartpick.core.recommend.RecommendOptions;

/**
 * The body of {@code POST /api/v1/recommendations}: a profile JSON object as in {@code examples/}, or
 * {@code {"profile": {...}, "options": {"budgetUsd": n, "budgetPrograms": n, "season": year, "programs":
 * "eligible"|"chosen"}}}. The options may also be query parameters; the body wins when both are given. {@code season}
 * is the ERAS season (the year residency starts) as {@code recommend --season} takes it; {@code programs} says which
 * programs the answer lists: every eligible one (the default) or only the chosen list.
 */
record RecommendationRequest(
        Profile profile, OptionalInt budgetUsd, OptionalInt budgetPrograms, OptionalInt season, boolean chosenOnly) {
    static final Set<String> ENVELOPE_FIELDS = Set.of("profile", "options");
    static final Set<String> OPTIONS = Set.of("budgetUsd", "budgetPrograms", "season", "programs");
    static final List<String> PROGRAMS = List.of("eligible", "chosen");

    /**
     * The request, or a 400 listing every problem in the body and the query; {@code check} gives every problem with
     * the profile as read (wrong types and broken rules together, see {@link RecommendationService#check(ProfileJson.Result)}).
     */
    static RecommendationRequest parse(
            String body, Map<String, List<String>> query, Function<ProfileJson.Result, List<Problem>> check) {
        List<Problem> problems = new ArrayList<>();
        query.keySet().stream()
                .sorted()
                .filter(name -> !OPTIONS.contains(name))
                .forEach(name -> problems.add(new Problem(
                        WholeNumber.clip(name),
                        "unknown parameter; expected one of "
                                + OPTIONS.stream().sorted().toList())));
        OptionalInt budgetUsd =
                WholeNumber.parse(first(query, "budgetUsd"), "budgetUsd", ProfileLimits.BUDGET_USD, problems);
        OptionalInt budgetPrograms = WholeNumber.parse(
                first(query, "budgetPrograms"), "budgetPrograms", ProfileLimits.BUDGET_PROGRAMS, problems);
        OptionalInt season = WholeNumber.parse(first(query, "season"), "season", ProfileLimits.SEASON, problems);
        Optional<String> programs = programsChoice(first(query, "programs"), "programs", problems);
        JsonNode root;
        try {
            root = Json.mapper().readTree(body);
        } catch (JacksonException e) {
            // ProfileJson words the syntax error with its line and column.
            problems.addAll(ProfileJson.parse(body, Json.mapper()).problems());
            throw ApiError.badRequest(problems);
        }
        JsonNode profileNode = root;
        if (root != null && root.isObject() && root.has("profile")) {
            profileNode = root.get("profile");
            unknownFields(root, "", ENVELOPE_FIELDS, problems);
            JsonNode options = root.get("options");
            if (options != null && !options.isNull()) {
                if (options.isObject()) {
                    unknownFields(options, "options.", OPTIONS, problems);
                    budgetUsd = orElse(
                            WholeNumber.parse(
                                    text(options.get("budgetUsd")),
                                    "options.budgetUsd",
                                    ProfileLimits.BUDGET_USD,
                                    problems),
                            budgetUsd);
                    budgetPrograms = orElse(
                            WholeNumber.parse(
                                    text(options.get("budgetPrograms")),
                                    "options.budgetPrograms",
                                    ProfileLimits.BUDGET_PROGRAMS,
                                    problems),
                            budgetPrograms);
                    season = orElse(
                            WholeNumber.parse(
                                    text(options.get("season")), "options.season", ProfileLimits.SEASON, problems),
                            season);
                    Optional<String> inBody =
                            programsChoice(text(options.get("programs")), "options.programs", problems);
                    programs = inBody.isPresent() ? inBody : programs;
                } else {
                    problems.add(new Problem(
                            "options",
                            "options must be an object {\"budgetUsd\": n, \"budgetPrograms\": n, "
                                    + "\"season\": year, \"programs\": \"eligible\" or \"chosen\"}"));
                }
            }
        }
        Optional<Profile> profile = readProfile(profileNode, check, problems);
        if (!problems.isEmpty()) {
            throw ApiError.badRequest(problems);
        }
        return new RecommendationRequest(
                profile.orElseThrow(),
                budgetUsd,
                budgetPrograms,
                season,
                programs.map("chosen"::equals).orElse(false));
    }

    /** The service's defaults for this catalog and day with this request's season and budget overrides. */
    RecommendOptions options(RecommendOptions defaults) {
        return new RecommendOptions(
                season.orElse(defaults.season()),
                defaults.today(),
                budgetUsd,
                budgetPrograms,
                defaults.objective(),
                defaults.withStrategy(),
                defaults.fullDetail());
    }

    private static Optional<Profile> readProfile(
            JsonNode node, Function<ProfileJson.Result, List<Problem>> check, List<Problem> problems) {
        try {
            ProfileJson.Result result = ProfileJson.read(node);
            List<Problem> found = check.apply(result);
            problems.addAll(found);
            return found.isEmpty() ? result.profile() : Optional.empty();
        } catch (IllegalArgumentException e) {
            // A record refused a value ProfileJson let through; its message names the field and the rule.
            problems.add(new Problem("profile", e.getMessage()));
            return Optional.empty();
        }
    }

    private static void unknownFields(JsonNode node, String prefix, Set<String> known, List<Problem> problems) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(new Problem(
                        prefix + WholeNumber.clip(name),
                        "unknown field; expected one of "
                                + known.stream().sorted().toList()));
            }
        }
    }

    /** "eligible" or "chosen"; anything else is a problem naming the field and the choices. */
    private static Optional<String> programsChoice(Optional<String> value, String field, List<Problem> problems) {
        if (value.isPresent() && !PROGRAMS.contains(value.get())) {
            problems.add(
                    new Problem(field, "must be one of " + PROGRAMS + ", was '" + WholeNumber.clip(value.get()) + "'"));
            return Optional.empty();
        }
        return value;
    }

    private static Optional<String> first(Map<String, List<String>> query, String name) {
        return query.getOrDefault(name, List.of()).stream().findFirst();
    }

    /** A JSON number or numeric string as text; anything else as text that fails to parse. */
    private static Optional<String> text(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.of(node.isIntegralNumber() || node.isTextual() ? node.asText() : node.toString());
    }

    private static OptionalInt orElse(OptionalInt first, OptionalInt second) {
        return first.isPresent() ? first : second;
    }
}
