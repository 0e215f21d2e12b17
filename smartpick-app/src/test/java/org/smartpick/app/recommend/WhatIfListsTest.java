package org.smartpick.app.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.json.Json;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.common.TaskRunner;
import org.smartpick.core.optimize.Objective;
import org.smartpick.core.optimize.SignalKind;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.recommend.ProgramResult;
import org.smartpick.core.recommend.RecommendOptions;
import org.smartpick.core.recommend.Recommendation;
import org.smartpick.core.recommend.Recommender;
import org.smartpick.core.strategy.ListEvaluator;
import org.smartpick.core.strategy.ListOutcome;
import org.smartpick.core.strategy.WhatIfExplorer;

/**
 * The what-ifs of a recommendation reuse what its own list worked out (verdicts, program factors, candidates) where
 * the changed profile is assessed alike; they must equal lists built from scratch for the changed profiles. The
 * reported list and the what-ifs are computed as separate tasks: on helper threads the result must be the same.
 */
class WhatIfListsTest {
    private static Catalog catalog;
    private static Recommender recommender;
    private static RecommendationService service;

    @BeforeAll
    static void pipeline() {
        catalog = ShippedCatalog.load();
        recommender = ShippedPolicies.recommender();
        service = ExampleProfiles.service(() -> catalog, recommender);
    }

    @ParameterizedTest
    @MethodSource("org.smartpick.app.recommend.ExampleProfiles#files")
    void whatIfsOfARecommendationEqualListsBuiltFromScratchForTheChangedProfiles(Path example) throws IOException {
        Profile profile = ExampleProfiles.profile(example);
        RecommendOptions options = service.defaultOptions(profile);

        Recommendation recommended = recommender.recommend(profile, catalog, options);
        ListEvaluator scratch = recommender.evaluator(catalog, options);
        // The what-ifs compare against the list the answer reports (optimized in full, which may beat a what-if
        // list's quicker search), and each changed profile's list is built from scratch here.
        var fromScratch = WhatIfExplorer.explore(profile, reportedOutcome(recommended), scratch);

        assertThat(recommended.whatIfs()).isNotEmpty().isEqualTo(fromScratch);
    }

    @ParameterizedTest
    @MethodSource("org.smartpick.app.recommend.ExampleProfiles#files")
    void aRecommendationComputedOnHelperThreadsEqualsOneComputedOnTheCallerAlone(Path example) throws IOException {
        Profile profile = ExampleProfiles.profile(example);
        RecommendOptions options = service.defaultOptions(profile);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Recommender onHelpers =
                    ShippedPolicies.recommender(ShippedPolicies.shippedModel(), new TaskRunner(pool, 3));
            Recommender onCaller = ShippedPolicies.recommender(ShippedPolicies.shippedModel(), TaskRunner.callerOnly());

            Recommendation alone = onCaller.recommend(profile, catalog, options);
            for (int round = 0; round < 3; round++) {
                assertThat(onHelpers.recommend(profile, catalog, options)).isEqualTo(alone);
            }
            assertThat(Json.compactWriter().writeValueAsString(onHelpers.recommend(profile, catalog, options)))
                    .isEqualTo(Json.compactWriter().writeValueAsString(alone));
        } finally {
            pool.shutdownNow();
        }
    }

    /** The reported list as a what-if compares it: its chances, programs, signals and the value it maximises. */
    private static ListOutcome reportedOutcome(Recommendation r) {
        List<ProgramResult> chosen =
                r.programs().stream().filter(ProgramResult::selected).toList();
        Map<String, SignalKind> signals = new java.util.HashMap<>();
        chosen.forEach(p -> signals.put(p.id(), p.signal().orElse(SignalKind.NONE)));
        double objective = r.summary().objective() == Objective.EXPECTED_UTILITY
                ? r.summary().expectedUtility()
                : r.summary().pAtLeastOneMatch();
        return new ListOutcome(
                Math.min(1, r.summary().pAtLeastOneMatch()),
                chosen.stream().map(ProgramResult::id).toList(),
                r.summary().pGoalMatch(),
                objective,
                signals);
    }
}
