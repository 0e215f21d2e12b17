package org.smartpick.app.recommend;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.smartpick.app.cli.UsageException;
import org.smartpick.core.chance.ChanceModel;
import org.smartpick.core.chance.ModelParameters;
import org.smartpick.core.common.Problem;
import org.smartpick.core.common.TaskRunner;
import org.smartpick.core.eligibility.EligibilityPolicy;
import org.smartpick.core.eligibility.EligibilityRules;
import org.smartpick.core.pathways.Pathways;
import org.smartpick.core.recommend.RecommendPolicy;
import org.smartpick.core.recommend.Recommender;
import org.smartpick.core.season.SeasonCalendar;
import org.smartpick.core.signals.SignalPolicy;
import org.smartpick.core.strategy.PolicyParse;
import org.smartpick.core.strategy.StrategyPolicy;
import org.smartpick.core.strategy.StrategyPolicyParser;
import org.smartpick.core.tiers.TierPolicy;

/** Opens the versioned model and policy files shipped on the classpath (or a model file the user names). */
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
        return recommenders(tasks, open(RECOMMEND));
    }

    /**
     * The shipped recommender with another recommend policy in the shipped file's format (a test that weighs stated
     * preferences, say); a broken policy throws.
     */
    public static Recommender recommender(Reader recommendPolicy) {
        return recommenders(HelperThreads.shared(), recommendPolicy).apply(ChanceModel.of(shippedModel()));
    }

    private static java.util.function.Function<ChanceModel, Recommender> recommenders(
            TaskRunner tasks, Reader recommendPolicy) {
        PolicyParse strategy = StrategyPolicyParser.parse(open(STRATEGY));
        requireNoProblems(STRATEGY, strategy.problems());
        RecommendPolicy.Parsed recommend = RecommendPolicy.parse(recommendPolicy);
        requireNoProblems(RECOMMEND, recommend.problems());
        TierPolicy.Parsed tiers = TierPolicy.parse(open(TIERS));
        requireNoProblems(TIERS, tiers.problems());
        Pathways.Parsed pathways = Pathways.parse(open(PATHWAYS));
        requireNoProblems(PATHWAYS, pathways.problems());
        SignalPolicy.Parsed signals = SignalPolicy.parse(open(SIGNALS));
        requireNoProblems(SIGNALS, signals.problems());
        StrategyPolicy strategyPolicy = strategy.policy().orElseThrow();
        EligibilityRules eligibility = new EligibilityRules(shippedEligibilityPolicy());
        SeasonCalendar calendar = shippedSeasonCalendar();
        return chanceModel -> new Recommender(
                new Recommender.Parts(
                        chanceModel,
                        eligibility,
                        strategyPolicy,
                        recommend.policy().orElseThrow(),
                        tiers.policy().orElseThrow(),
                        pathways.pathways(),
                        signals,
                        calendar),
                tasks);
    }

    /** The shipped season calendar; a broken shipped file is a bug and throws. */
    public static SeasonCalendar shippedSeasonCalendar() {
        SeasonCalendar.Parsed calendar = SeasonCalendar.parse(open(SEASON_CALENDAR));
        requireNoProblems(SEASON_CALENDAR, calendar.problems());
        return calendar.calendar().orElseThrow();
    }

    /** The shipped eligibility policy; a broken shipped file is a bug and throws. */
    public static EligibilityPolicy shippedEligibilityPolicy() {
        EligibilityPolicy.Parsed eligibility = EligibilityPolicy.parse(open(ELIGIBILITY));
        requireNoProblems(ELIGIBILITY, eligibility.problems());
        return eligibility.policy();
    }

    public static ModelParameters shippedModel() {
        ModelParameters.Parsed parsed = ModelParameters.parse(open(MODEL));
        requireNoProblems(MODEL, parsed.problems());
        return parsed.parameters();
    }

    /** A model parameters file the user gave (e.g. written by {@code model fit}); problems are bad input. */
    public static ModelParameters modelFromFile(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            ModelParameters.Parsed parsed = ModelParameters.parse(reader);
            if (!parsed.problems().isEmpty()) {
                throw new UsageException("model file " + file + " has problems:\n" + describe(parsed.problems()));
            }
            return parsed.parameters();
        } catch (IOException e) {
            throw new UsageException("cannot read model file " + file + ": " + e.getMessage());
        }
    }

    private static Reader open(String resource) {
        InputStream in = ShippedPolicies.class.getResourceAsStream(resource);
        if (in == null) {
            throw new UncheckedIOException(new IOException("shipped file " + resource + " is not on the classpath"));
        }
        return new InputStreamReader(in, StandardCharsets.UTF_8);
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
