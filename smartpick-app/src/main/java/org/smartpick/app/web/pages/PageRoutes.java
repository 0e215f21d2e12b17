package org.smartpick.app.web.pages;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartpick.app.applicant.ProfileJson;
import org.smartpick.app.json.Json;
import org.smartpick.app.recommend.CsvReport;
import org.smartpick.app.recommend.RecommendationService;
import org.smartpick.app.web.WebDependencies;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.common.Problem;
import org.smartpick.core.recommend.Recommendation;
import org.smartpick.core.strategy.ProfileChange;

/**
 * The HTML side of the web app: the profile form ({@link ProfileFormRoutes}), results with what-ifs and exports,
 * saved links, and the catalog and data pages. Nothing about the applicant is stored or logged here unless they press
 * Save.
 */
public final class PageRoutes {
    /** Largest profile (uploaded file or hidden field) the pages accept, in characters. */
    static final int MAX_PROFILE_CHARS = 100_000;

    /** Marks a request whose 404 page is already rendered, so the catch-all not-found page leaves it alone. */
    static final String HANDLED = "smartpick.page-rendered";

    private static final Map<Integer, String> ERROR_TITLES = Map.of(
            400,
            "Request not understood",
            403,
            "Not allowed",
            405,
            "Not available this way",
            413,
            "Too large",
            415,
            "Unsupported request",
            429,
            "Too many requests");

    private final WebDependencies deps;
    private final RecommendationService service;
    private final SavedProfiles saved;
    private final Csrf csrf;
    private final Clock clock;
    private final ProfilePages profilePages;
    private final ProfileFormRoutes profileForm;

    PageRoutes(WebDependencies deps, RecommendationService service, Clock clock, SecureRandom random) {
        this.deps = deps;
        this.clock = clock;
        this.service = service;
        StartingPoints starts = StartingPoints.shipped();
        this.saved = new SavedProfiles(deps.database().jdbi(), random);
        this.csrf = new Csrf(random);
        this.profilePages = new ProfilePages(deps.catalog(), starts);
        this.profileForm = new ProfileFormRoutes(starts, profilePages);
    }

    /** Adds the pages to the app's routes; they share the app's one recommendation service with the API. */
    public static void register(RoutesConfig routes, WebDependencies deps, RecommendationService service) {
        PageRoutes pages = new PageRoutes(deps, service, Clock.system(ZoneId.systemDefault()), new SecureRandom());
        routes.get("/", pages.profileForm::start);
        routes.post("/profile/upload", pages.profileForm::upload);
        routes.post("/profile/preset", pages.profileForm::preset);
        routes.post("/profile/edit", pages.profileForm::edit);
        routes.post("/recommend", pages::recommend);
        routes.post("/export.csv", ctx -> pages.export(ctx, false));
        routes.post("/export.json", ctx -> pages.export(ctx, true));
        routes.post("/saved", pages::save);
        routes.get("/saved/{token}", pages::openSaved);
        routes.post("/saved/{token}/delete", pages::deleteSaved);
        routes.get("/programs", pages::programs);
        routes.get("/programs/{id}", pages::program);
        routes.get(
                "/data",
                ctx -> Pages.render(
                        ctx,
                        "pages/data.jte",
                        CatalogPages.data(
                                deps.catalog().current(), deps.catalog().version())));
        routes.error(404, "html", pages::notFound);
    }

    /**
     * An error as a page with the site's layout, for any error on the HTML side (the API answers JSON); only when the
     * page itself cannot be rendered does the message go out as plain text.
     */
    public static void errorPage(Context ctx, int status, String message) {
        ctx.status(status);
        try {
            Pages.message(ctx, ERROR_TITLES.getOrDefault(status, "Something went wrong"), message);
        } catch (RuntimeException e) {
            ctx.contentType("text/plain; charset=utf-8").result(message);
        }
    }

    private void recommend(Context ctx) {
        if (ctx.formParam("profile") != null) {
            recommendFromJson(ctx, profileField(ctx), "", null);
            return;
        }
        FormValues form = ProfileForm.normalize(ctx.formParamMap());
        JsonNode json = ProfileForm.toJson(form);
        ProfileJson.Result read = ProfileJson.read(json);
        List<Problem> problems = service.check(read);
        if (!problems.isEmpty()) {
            showProblems(ctx, form, problems);
            return;
        }
        showResults(ctx, read.profile().orElseThrow(), json.toString(), "", null);
    }

    /** Checks the profile before anything runs on it (what-ifs, the recommendation), showing every problem at once. */
    private void recommendFromJson(Context ctx, String json, String savedToken, Instant savedUntil) {
        ProfileJson.Result read = ProfileJson.parse(json, Json.mapper());
        List<Problem> problems = service.check(read);
        if (!problems.isEmpty()) {
            showProblems(
                    ctx,
                    tree(json)
                            .filter(JsonNode::isObject)
                            .map(ProfileForm::fromJson)
                            .orElse(FormValues.empty()),
                    problems);
            return;
        }
        showResults(ctx, read.profile().orElseThrow(), json, savedToken, savedUntil);
    }

    private void showResults(Context ctx, Profile base, String profileJson, String savedToken, Instant savedUntil) {
        List<String> whatIfs = ctx.formParams("whatif");
        RecommendationService.Outcome outcome = recommend(base, whatIfs);
        if (outcome.recommendation().isEmpty()) {
            showProblems(
                    ctx, tree(profileJson).map(ProfileForm::fromJson).orElse(FormValues.empty()), outcome.problems());
            return;
        }
        List<ResultsPage.Toggle> toggles = ProfileChange.applicableTo(base).stream()
                .map(c -> new ResultsPage.Toggle(c.id(), c.label(), whatIfs.contains(c.id())))
                .toList();
        ResultsPage page = ResultsPage.of(
                outcome.recommendation().get(),
                profileJson,
                toggles,
                csrf.tokenFor(ctx),
                savedToken,
                savedUntil == null
                        ? ""
                        : savedUntil.atZone(clock.getZone()).toLocalDate().toString());
        Pages.render(ctx, "pages/results.jte", page);
    }

    private void showProblems(Context ctx, FormValues form, List<Problem> problems) {
        ctx.status(400);
        Pages.render(ctx, "pages/profile.jte", profilePages.withProblems(form, problems));
    }

    /** The recommendation for the profile with these what-ifs, with the options the CLI uses by default for it. */
    private RecommendationService.Outcome recommend(Profile base, List<String> whatIfs) {
        Profile changed = withWhatIfs(base, whatIfs);
        return service.recommend(changed, service.defaultOptions(changed));
    }

    /** The profile with the chosen what-if changes made, in their declared order; unknown ids are ignored. */
    static Profile withWhatIfs(Profile base, List<String> ids) {
        Profile changed = base;
        for (ProfileChange change : ProfileChange.applicableTo(base)) {
            if (ids.contains(change.id())) {
                changed = change.apply(changed);
            }
        }
        return changed;
    }

    /**
     * The recommendation for the profile as entered, as CSV or JSON. What-ifs switched on the results page are not
     * applied (any {@code whatif} fields are ignored): an export, like Save and "Change your profile", is about the
     * applicant's real profile, and the page says so while what-ifs are on.
     */
    private void export(Context ctx, boolean json) throws JacksonException {
        ProfileJson.Result read = ProfileJson.parse(profileField(ctx), Json.mapper());
        List<Problem> problems = service.check(read);
        RecommendationService.Outcome outcome = problems.isEmpty()
                ? recommend(read.profile().orElseThrow(), List.of())
                : new RecommendationService.Outcome(Optional.empty(), problems);
        if (outcome.recommendation().isEmpty()) {
            StringBuilder text = new StringBuilder("The profile has problems; fix them on the form first:\n");
            outcome.problems()
                    .forEach(p -> text.append("- ").append(p.message()).append('\n'));
            ctx.status(400).contentType("text/plain; charset=utf-8").result(text.toString());
            return;
        }
        Recommendation recommendation = outcome.recommendation().get();
        String name = "smartpick-recommendation." + (json ? "json" : "csv");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + "\"");
        if (json) {
            ctx.contentType("application/json").result(Json.mapper().writeValueAsString(recommendation) + "\n");
        } else {
            ctx.contentType("text/csv; charset=utf-8").result(CsvReport.render(recommendation.programs()));
        }
    }

    private void save(Context ctx) {
        if (!csrf.accepts(ctx)) {
            forbidden(ctx);
            return;
        }
        String json = profileField(ctx);
        if (!service.check(ProfileJson.parse(json, Json.mapper())).isEmpty()) {
            ctx.status(400);
            Pages.message(ctx, "Not saved", "The profile has problems; go back and fix them before saving.");
            return;
        }
        SavedProfiles.Saved done = saved.save(json, clock.instant());
        ctx.redirect("/saved/" + done.token(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void openSaved(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("Referrer-Policy", "no-referrer");
        String token = ctx.pathParam("token");
        Optional<SavedProfiles.Found> found = saved.find(token, clock.instant());
        if (found.isEmpty()) {
            notFoundPage(ctx, "This saved link does not exist: it was deleted or has expired.");
            return;
        }
        recommendFromJson(ctx, found.get().profileJson(), token, found.get().expiresAt());
    }

    private void deleteSaved(Context ctx) {
        if (!csrf.accepts(ctx)) {
            forbidden(ctx);
            return;
        }
        boolean deleted = saved.delete(ctx.pathParam("token"));
        Pages.message(
                ctx,
                deleted ? "Deleted" : "Nothing to delete",
                deleted
                        ? "Your saved profile is deleted; the link no longer works."
                        : "There was no saved profile under this link (it may have expired).");
    }

    private void programs(Context ctx) {
        ProgramsPage page = CatalogPages.search(deps.catalog().current(), ctx.queryParamMap());
        if (!page.errors().isEmpty()) {
            ctx.status(400);
        }
        Pages.render(ctx, "pages/programs.jte", page);
    }

    private void program(Context ctx) {
        Optional<ProgramPage> page = CatalogPages.program(deps.catalog().current(), ctx.pathParam("id"));
        if (page.isEmpty()) {
            notFoundPage(ctx, "There is no program with ACGME id '" + clip(ctx.pathParam("id")) + "' in the catalog.");
            return;
        }
        Pages.render(ctx, "pages/program.jte", page.get());
    }

    private void notFound(Context ctx) {
        if (ctx.attribute(HANDLED) == null) {
            Pages.message(ctx, "Page not found", "There is no page at this address.");
        }
    }

    private void notFoundPage(Context ctx, String message) {
        ctx.attribute(HANDLED, true);
        ctx.status(404);
        Pages.message(ctx, "Not found", message);
    }

    private static void forbidden(Context ctx) {
        ctx.status(403);
        Pages.message(
                ctx,
                "Form expired",
                "This form could not be verified (its security token is missing or does not "
                        + "match). Go back, reload the page and try again.");
    }
    /** The profile JSON a page posts back in its hidden field, cut at the largest size accepted; empty when absent. */
    static String profileField(Context ctx) {
        String json = ctx.formParam("profile");
        if (json == null) {
            return "";
        }
        return json.length() > MAX_PROFILE_CHARS ? json.substring(0, MAX_PROFILE_CHARS) : json;
    }

    /** The text as a JSON tree; empty when it is not JSON. */
    static Optional<JsonNode> tree(String json) {
        try {
            return Optional.ofNullable(Json.mapper().readTree(json));
        } catch (JacksonException e) {
            return Optional.empty();
        }
    }

    /** Text the user typed, cut to 60 characters before a page repeats it. */
    static String clip(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "...";
    }
}
