package org.smartpick.app.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.recommend.Recommender;

/** The service's default season comes from its clock and the shipped calendar, never from the catalog's tables. */
class DefaultSeasonTest {
    private static final Recommender RECOMMENDER = ShippedPolicies.recommender();

    @ParameterizedTest(name = "on {0} the default season is {1}")
    @CsvSource({
        "2025-09-24, 2026",
        "2025-09-25, 2027",
        "2026-07-01, 2027",
        "2026-09-23, 2027",
        "2026-09-24, 2028",
        "2026-12-07, 2028",
        "2027-09-22, 2028",
        "2027-09-23, 2029"
    })
    void theDefaultSeasonIsTheNextOneOpenOnTheClocksDay(LocalDate today, int season) {
        Clock clock = Clock.fixed(today.atTime(12, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        RecommendationService service =
                new RecommendationService(DefaultSeasonTest::noCatalogNeeded, RECOMMENDER, clock);

        assertThat(service.defaultOptions().season()).isEqualTo(season);
        assertThat(service.defaultOptions().today()).isEqualTo(today);
    }

    private static Catalog noCatalogNeeded() {
        throw new AssertionError("the default season must not depend on the catalog");
    }
}
