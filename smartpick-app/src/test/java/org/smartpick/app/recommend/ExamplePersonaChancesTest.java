package org.smartpick.app.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.app.applicant.ProfileJson;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.json.Json;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.chance.ApplicantChances;
import org.smartpick.core.chance.ChanceEstimate;
import org.smartpick.core.chance.ChanceModel;
import org.smartpick.core.eligibility.EligibilityRules;
import org.smartpick.core.eligibility.EligibilityStatus;
import org.smartpick.core.eligibility.EligibilityVerdict;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.YesNoUnknown;

/** The example persona against the shipped catalog: visa rules hold on real data and chances are sensible. */
class ExamplePersonaChancesTest {
    private static final int SEASON = 2026;

    @Test
    void nonUsImgPersonaIsNeverEligibleWhereNoAcceptedVisaIsSponsoredAndUnknownIsVerify() throws Exception {
        Profile persona = ProfileJson.parse(
                        Files.readString(Path.of("../examples/non-us-img-genetics.json"), StandardCharsets.UTF_8),
                        Json.mapper())
                .profile()
                .orElseThrow();
        Catalog catalog = ShippedCatalog.load();
        EligibilityRules rules = new EligibilityRules(ShippedPolicies.shippedEligibilityPolicy());
        ApplicantChances chances =
                ChanceModel.of(ShippedPolicies.shippedModel()).forApplicant(persona, SEASON);

        List<Program> internalMedicine = catalog.programsIn("140");
        assertThat(internalMedicine).hasSizeGreaterThan(600);
        int verify = 0;
        for (Program program : internalMedicine) {
            EligibilityVerdict verdict = rules.verdict(persona, program, SEASON);
            YesNoUnknown j1 = EligibilityRules.sponsorship(program, VisaType.J1);
            YesNoUnknown h1b = EligibilityRules.sponsorship(program, VisaType.H1B);
            if (j1 == YesNoUnknown.NO && h1b == YesNoUnknown.NO) {
                assertThat(verdict.status()).as(program.id()).isEqualTo(EligibilityStatus.INELIGIBLE);
            } else if (j1 != YesNoUnknown.YES && h1b != YesNoUnknown.YES) {
                assertThat(verdict.status()).as(program.id()).isEqualTo(EligibilityStatus.VERIFY);
                verify++;
            }
            if (verdict.canApply()) {
                ChanceEstimate e = chances.estimate(program);
                assertThat(e.pMatch()).isBetween(0.0, 0.3);
                assertThat(e.pMatchLow()).isLessThanOrEqualTo(e.pMatch());
            }
        }
        assertThat(verify).isGreaterThan(0);
    }
}
