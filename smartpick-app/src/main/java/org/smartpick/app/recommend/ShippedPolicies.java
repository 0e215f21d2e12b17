package org.smartpick.app.recommend;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.smartpick.app.cli.UsageException;
import org.smartpick.core.chance.ChanceModel;
import org.smartpick.core.chance.ModelParameters;
import org.smartpick.core.common.CsvTable;
import org.smartpick.core.common.KeyValues;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.common.Problem;
import org.smartpick.core.common.TaskRunner;
import org.smartpick.core.eligibility.EligibilityPolicy;
import org.smartpick.core.eligibility.EligibilityRules;
import org.smartpick.core.pathways.Pathways;
import org.smartpick.core.recommend.RecommendPolicy;
import org.smartpick.core.recommend.Recommender;
import org.smartpick.core.season.SeasonCalendar;
import org.smartpick.core.signals.SignalPolicies;
import org.smartpick.core.signals.SignalPolicy;
import org.smartpick.core.strategy.StrategyPolicy;
import org.smartpick.core.strategy.StrategyPolicyParser;
import org.smartpick.core.tiers.TierPolicy;

/**
 * Reads the versioned model and policy files shipped on the classpath (or a model file the user names), with UTF-8,
 * parses their text ({@link KeyValues} for {@code .properties}, {@link CsvTable} for {@code .csv}) and has the core
 * build each policy from the result.
 */
public final class ShippedPolicies {
    static final String MODEL = "/data/model/chance-model-v1.properties";
    static final String ELIGIBILITY = "/data/eligibility/eligibility-policy-v1.properties";
    static final String STRATEGY = "/data/policy/strategy.properties";
    static final String RECOMMEND = "/data/policy/recommend.properties";
    static final String TIERS = "/data/policy/tiers.properties";
    static final String PATHWAYS = "/data/policy/pathways.csv";
    static final String SIGNALS = "/data/policy/signal_rules.csv";
    static final String SEASON_CALENDAR = "/data/eras_season_calendar.csv";

    private ShippedPolicies() {}

    /**
     * The recommender with the shipped model, sharing the process's {@link HelperThreads}; a broken shipped file is
     * a bug and throws.
     */
    public static Recommender recommender() {
        return recommender(shippedModel());
    }

    public static Recommender recommender(ModelParameters model) {
        return recommender(model, HelperThreads.shared());
    }

    /** The recommender with this model, computing on the caller and the given helpers. */
    public static Recommender recommender(ModelParameters model, TaskRunner tasks) {
        return recommenders(tasks).apply(ChanceModel.of(model));
    }

    /**
     * Recommenders with the shipped policies (read once) for any chance model: what calibrating the whole pipeline
     * tries many models with.
     */
    public static java.util.function.Function<ChanceModel, Recommender> recommenders(TaskRunner tasks) {
        return recommenders(tasks, text(RECOMMEND));
    }

    /**
     * The shipped recommender with another recommend policy in the shipped file's format (a test that weighs stated
     * preferences, say); a broken policy throws.
     */
    public static Recommender recommender(String recommendPolicy) {
        return recommenders(HelperThreads.shared(), recommendPolicy).apply(ChanceModel.of(shippedModel()));
    }

    private static java.util.function.Function<ChanceModel, Recommender> recommenders(
            TaskRunner tasks, String recommendPolicy) {
        StrategyPolicy strategyPolicy = shipped(STRATEGY, StrategyPolicyParser.from(KeyValues.parse(text(STRATEGY))));
        RecommendPolicy recommend = shipped(RECOMMEND, RecommendPolicy.from(KeyValues.parse(recommendPolicy)));
        TierPolicy tiers = shipped(TIERS, TierPolicy.from(KeyValues.parse(text(TIERS))));
        Pathways pathways = shipped(PATHWAYS, Pathways.from(CsvTable.parse(text(PATHWAYS))));
        SignalPolicies signals = shipped(SIGNALS, SignalPolicy.from(CsvTable.parse(text(SIGNALS))));
        EligibilityRules eligibility = new EligibilityRules(shippedEligibilityPolicy());
        SeasonCalendar calendar = shippedSeasonCalendar();
        return chanceModel -> new Recommender(
                new Recommender.Parts(
                        chanceModel, eligibility, strategyPolicy, recommend, tiers, pathways, signals, calendar),
                tasks);
    }

    /** The shipped season calendar; a broken shipped file is a bug and throws. */
    public static SeasonCalendar shippedSeasonCalendar() {
        return shipped(SEASON_CALENDAR, SeasonCalendar.from(CsvTable.parse(text(SEASON_CALENDAR))));
    }

    /** The shipped eligibility policy; a broken shipped file is a bug and throws. */
    public static EligibilityPolicy shippedEligibilityPolicy() {
        return shipped(ELIGIBILITY, EligibilityPolicy.from(KeyValues.parse(text(ELIGIBILITY))));
    }

    public static ModelParameters shippedModel() {
        return shipped(MODEL, ModelParameters.from(KeyValues.parse(text(MODEL))));
    }

    /** A model parameters file the user gave (e.g. written by {@code model fit}); problems are bad input. */
    public static ModelParameters modelFromFile(Path file) {
        try {
            Parsed<ModelParameters> parsed =
                    ModelParameters.from(KeyValues.parse(Files.readString(file, StandardCharsets.UTF_8)));
            if (!parsed.problems().isEmpty()) {
                throw new UsageException("model file " + file + " has problems:\n" + describe(parsed.problems()));
            }
            return parsed.value().orElseThrow();
        } catch (IOException e) {
            throw new UsageException("cannot read model file " + file + ": " + e.getMessage());
        }
    }

    /** The text of a shipped file, read with UTF-8. */
    private static String text(String resource) {
        try (InputStream in = ShippedPolicies.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("shipped file " + resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The value of a shipped file that parsed without problems; a broken shipped file is a bug and throws. */
    private static <T> T shipped(String file, Parsed<T> parsed) {
        requireNoProblems(file, parsed.problems());
        return parsed.value().orElseThrow();
    }

    private static void requireNoProblems(String file, List<Problem> problems) {
        if (!problems.isEmpty()) {
            throw new IllegalStateException("shipped file " + file + " is broken:\n" + describe(problems));
        }
    }

    /** Problems one per line, indented, for a CLI message. */
    public static String describe(List<Problem> problems) {
        return problems.stream().map(p -> "  " + p.field() + ": " + p.message()).collect(Collectors.joining("\n"));
    }
}
