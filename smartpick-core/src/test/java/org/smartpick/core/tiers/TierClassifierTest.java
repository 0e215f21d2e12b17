package org.smartpick.core.tiers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TierClassifierTest {
    private static final TierClassifier CLASSIFIER = new TierThresholds("v2", 0.1, 0.3).classifier();

    @ParameterizedTest
    @CsvSource({"REACH,Reach", "REALISTIC,Realistic", "SAFETY,Safety"})
    void labelsEachTierAsTheApplicantReadsIt(Tier tier, String label) {
        assertThat(CLASSIFIER.label(tier)).isEqualTo(label);
    }

    @Test
    void eachReasonStatesItsOwnChanceWithTheTiersRuleAndVersion() {
        assertThat(CLASSIFIER.classify(0.0449, false)).isEqualTo(new TierAssignment(Tier.REACH, false,
                "chance of matching 4.5% is below the reach threshold of 10.0% (tiers v2)"));
        assertThat(CLASSIFIER.classify(0.3, false)).isEqualTo(new TierAssignment(Tier.SAFETY, false,
                "chance of matching 30.0% is at or above the safety threshold of 30.0% (tiers v2)"));
        assertThat(CLASSIFIER.classify(0.0451, true)).isEqualTo(new TierAssignment(Tier.REACH, true,
                "chance of matching 4.5% is below the reach threshold of 10.0% (tiers v2); an alternative-pathway program"));
    }

    @Test
    void appendedReasonIsTheClassifiedReasonAfterWhatIsAlreadyWritten() {
        StringBuilder sentence = new StringBuilder("Realistic: ");

        Tier tier = CLASSIFIER.appendReason(sentence, 0.2, true);

        assertThat(tier).isEqualTo(CLASSIFIER.classify(0.2, true).tier()).isEqualTo(Tier.REALISTIC);
        assertThat(sentence).hasToString("Realistic: " + CLASSIFIER.classify(0.2, true).reason());
    }
}
