package org.smartpick.app.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.smartpick.core.recommend.ProgramResult;
import org.smartpick.core.recommend.Recommendation;
import org.smartpick.core.tiers.Tier;

/**
 * The tiers of the example profiles' lists follow the program facts: every program has a tier with its reason, a
 * long list spans more than one tier, and the most selective centres are never a strong US MD's "Safety".
 */
class ExampleTiersTest {
    private static final Path US_MD = Path.of("../examples/us-md-internal-medicine.json");

    @ParameterizedTest
    @MethodSource("org.smartpick.app.recommend.ExampleProfiles#files")
    void everyProgramHasATierWithItsReason(Path example) throws IOException {
        Recommendation recommendation = recommend(example);

        assertThat(recommendation.programs()).allSatisfy(p -> {
            assertThat(p.tier()).isNotNull();
            assertThat(p.tierReason()).isNotBlank();
        });
    }

    @ParameterizedTest
    @MethodSource("org.smartpick.app.recommend.ExampleProfiles#files")
    void aListOfThirtyOrMoreSpansMoreThanOneTier(Path example) throws IOException {
        List<ProgramResult> chosen = recommend(example).selectedPrograms();

        assumeTrue(chosen.size() >= 30, "the list for " + example + " has fewer than 30 programs");
        assertThat(chosen.stream().map(ProgramResult::tier).distinct())
                .as("tiers of the list for %s", example)
                .hasSizeGreaterThan(1);
    }

    @Test
    void strongUsMdsListIsNeverSafetyAtTopTierCentres() throws IOException {
        Recommendation recommendation = recommend(US_MD);

        assertThat(recommendation.programs())
                .filteredOn(p -> p.tierReason().contains("top-tier academic centre"))
                .isNotEmpty()
                .noneMatch(p -> p.tier() == Tier.SAFETY);
    }

    @Test
    void massachusettsGeneralInternalMedicineIsAReachForTheUsMd() throws IOException {
        Recommendation recommendation = recommend(US_MD);

        assertThat(recommendation.programs())
                .filteredOn(p -> p.name().endsWith("Massachusetts General Hospital Program"))
                .singleElement()
                .satisfies(mgh -> {
                    assertThat(mgh.tier()).isEqualTo(Tier.REACH);
                    assertThat(mgh.tierReason()).startsWith("top-tier academic centre: ");
                });
    }

    private static Recommendation recommend(Path example) throws IOException {
        return ExampleProfiles.recommend(ExampleProfiles.shippedService(), example);
    }
}
