package org.smartpick.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import org.smartpick.app.applicant.ProfileJson;
import org.smartpick.app.importing.CatalogJson;
import org.smartpick.app.importing.Parsed;
import org.smartpick.app.json.Json;
import org.smartpick.app.json.StrictUtf8;
import org.smartpick.app.recommend.CsvReport;
import org.smartpick.app.recommend.RecommendationService;
import org.smartpick.app.recommend.ShippedPolicies;
import org.smartpick.app.recommend.TextReport;
import org.smartpick.core.applicant.ProfileLimits;
import org.smartpick.core.common.Problem;
import org.smartpick.core.optimize.Objective;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.recommend.RecommendOptions;
import org.smartpick.core.recommend.Recommendation;
import org.smartpick.core.recommend.Recommender;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** Prints the recommendation for one profile file: eligibility, chances, the optimized list, the plan. */
@Command(
        name = "recommend",
        mixinStandardHelpOptions = true,
        description = "Recommend where to apply for one applicant profile (JSON, see examples/).")
final class RecommendCommand implements Callable<Integer> {
    /** Output formats. */
    enum Format {
        json,
        text,
        csv
    }

    /** Objectives by their command-line names. */
    enum ObjectiveOption {
        match,
        utility
    }

    @ParentCommand
    SmartPickCommand root;

    @Spec
    CommandSpec spec;

    @Option(names = "--profile", required = true, paramLabel = "FILE", description = "The applicant profile JSON file.")
    Path profileFile;

    @Option(
            names = "--format",
            defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(
            names = "--catalog",
            paramLabel = "FILE",
            description = "Use this catalog JSON (from 'catalog export --format json') instead of the database.")
    Path catalogFile;

    @Option(
            names = "--model",
            paramLabel = "FILE",
            description = "Use these model parameters (e.g. written by 'model fit').")
    Path modelFile;

    @Option(names = "--budget-usd", paramLabel = "USD", description = "Budget in dollars (overrides the profile's).")
    Integer budgetUsd;

    @Option(
            names = "--budget-programs",
            paramLabel = "N",
            description = "Budget in number of programs (overrides the profile's).")
    Integer budgetPrograms;

    @Option(
            names = "--season",
            paramLabel = "YEAR",
            description = "ERAS season, named by the year residency starts, whose fees, "
                    + "signal allowances and dates apply (default: the next season you can still apply to today). Tables not yet "
                    + "published for it are carried over from the newest season, and the answer says so.")
    Integer season;

    @Option(
            names = "--objective",
            description =
                    "match: maximise P(at least one match); utility: expected utility with goal/pathway weights "
                            + "(default: utility when the profile has both GOAL and PATHWAY targets or target weights, else match).")
    ObjectiveOption objective;

    @Option(
            names = "--full-detail",
            description =
                    "Everything behind the answer: the text report adds each chance's "
                            + "contributions and range, the facts, fee lines, curve, dates, exclusions and method after the short answer; "
                            + "json and csv give contributions and facts for every eligible program, not only the selected ones.")
    boolean fullDetail;

    @Override
    public Integer call() {
        String profileText = readUtf8(profileFile, "profile");
        ProfileJson.Result read = ProfileJson.parse(profileText, Json.mapper());
        if (read.asRead().isEmpty()) {
            return badProfile(read.problems());
        }
        checkBudgetOptions();
        Recommender recommender = modelFile == null
                ? ShippedPolicies.recommender()
                : ShippedPolicies.recommender(ShippedPolicies.modelFromFile(modelFile));
        Catalog catalog = catalogFile == null ? storedCatalog() : fileCatalog();
        RecommendationService service =
                new RecommendationService(() -> catalog, recommender, Clock.system(ZoneId.systemDefault()));
        List<Problem> problems = service.check(read);
        if (!problems.isEmpty()) {
            return badProfile(problems);
        }
        RecommendOptions defaults = service.defaultOptions(read.profile().orElseThrow());
        RecommendOptions options = new RecommendOptions(
                season == null ? defaults.season() : season,
                defaults.today(),
                budgetUsd == null ? OptionalInt.empty() : OptionalInt.of(budgetUsd),
                budgetPrograms == null ? OptionalInt.empty() : OptionalInt.of(budgetPrograms),
                objective == null
                        ? defaults.objective()
                        : objective == ObjectiveOption.utility
                                ? Objective.EXPECTED_UTILITY
                                : Objective.AT_LEAST_ONE_MATCH,
                true,
                fullDetail);
        RecommendationService.Outcome outcome = service.recommend(read.profile().get(), options);
        if (outcome.recommendation().isEmpty()) {
            return badProfile(outcome.problems());
        }
        print(outcome.recommendation().get());
        return SmartPickCommand.OK;
    }

    private void checkBudgetOptions() {
        if (budgetUsd != null && !ProfileLimits.BUDGET_USD.contains(budgetUsd)) {
            throw new UsageException("--budget-usd must be " + range(ProfileLimits.BUDGET_USD) + ", was " + budgetUsd);
        }
        if (budgetPrograms != null && !ProfileLimits.BUDGET_PROGRAMS.contains(budgetPrograms)) {
            throw new UsageException(
                    "--budget-programs must be " + range(ProfileLimits.BUDGET_PROGRAMS) + ", was " + budgetPrograms);
        }
        if (season != null && !ProfileLimits.SEASON.contains(season)) {
            throw new UsageException("--season must be a year from " + range(ProfileLimits.SEASON) + ", was " + season);
        }
    }

    private static String range(ProfileLimits.Range range) {
        return range.min() + ".." + range.max();
    }

    private void print(Recommendation recommendation) {
        PrintWriter out = spec.commandLine().getOut();
        try {
            switch (format) {
                case json -> out.println(Json.mapper().writeValueAsString(recommendation));
                case csv -> out.print(CsvReport.render(recommendation.programs()));
                case text ->
                    out.print(
                            fullDetail
                                    ? TextReport.renderFullDetail(recommendation)
                                    : TextReport.render(recommendation));
                default -> throw new AssertionError(format);
            }
        } catch (IOException e) {
            throw new IllegalStateException("could not write the recommendation: " + e.getMessage(), e);
        }
        out.flush();
    }

    private int badProfile(List<Problem> problems) {
        PrintWriter err = spec.commandLine().getErr();
        err.println("smartpick: the profile " + profileFile + " has " + problems.size()
                + (problems.size() == 1 ? " problem" : " problems") + "; fix and run again:");
        // The message in plain words first; the field path after it, to find the value in the JSON file.
        problems.forEach(p -> err.println("  " + p.message() + " (" + p.field() + ")"));
        err.flush();
        return SmartPickCommand.BAD_INPUT;
    }

    private Catalog storedCatalog() {
        try (StoreSession session = StoreSession.open(root.settings())) {
            return session.store().load().orElseThrow(() -> new IllegalStateException("the catalog is empty"));
        }
    }

    private Catalog fileCatalog() {
        Parsed<Catalog> parsed;
        try (Reader reader = Files.newBufferedReader(catalogFile, StandardCharsets.UTF_8)) {
            parsed = CatalogJson.parse(reader);
        } catch (IOException e) {
            throw new UsageException("cannot read catalog file " + catalogFile + ": " + e.getMessage());
        }
        if (!parsed.ok() || parsed.items().size() != 1) {
            StringBuilder message = new StringBuilder("catalog file " + catalogFile + " has problems:");
            parsed.problems()
                    .forEach(p -> message.append("\n  ")
                            .append(p.field())
                            .append(": ")
                            .append(p.message()));
            throw new UsageException(message.toString());
        }
        return parsed.items().get(0);
    }

    /** The file as text, refusing bytes that are not UTF-8 (a clear error instead of mojibake). */
    static String readUtf8(Path file, String what) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UsageException("cannot read the " + what + " file " + file + ": "
                    + e.getClass()
                            .getSimpleName()
                            .replace("Exception", "")
                            .replaceAll("([a-z])([A-Z])", "$1 $2")
                            .toLowerCase(Locale.ROOT));
        }
        return StrictUtf8.decode(bytes)
                .orElseThrow(() -> new UsageException(
                        "the " + what + " file " + file + " is not valid UTF-8 text; save it as UTF-8 JSON"));
    }
}
