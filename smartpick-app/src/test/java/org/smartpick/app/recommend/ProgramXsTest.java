package org.smartpick.app.recommend;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.chance.ApplicantChances;
import org.smartpick.core.chance.ChanceModel;
import org.smartpick.core.program.Program;

/**
 * The program-level x a catalog index works out once per program give every applicant the same factors as reading
 * the program's facts for that applicant: checked for each example profile at every shipped program.
 */
class ProgramXsTest {
    @Test
    void factorsFromTheXsWorkedOutAheadEqualFactorsReadFromThePrograms() throws IOException {
        ChanceModel model = ChanceModel.of(ShippedPolicies.shippedModel());
        int checked = 0;
        for (Path example : ExampleProfiles.files()) {
            Profile profile = ExampleProfiles.profile(example);
            ApplicantChances chances = model.forApplicant(profile, 2028);
            for (Program program : ExampleProfiles.shippedCatalog().programs()) {
                for (boolean preferredState : new boolean[] {false, true}) {
                    assertThat(chances.programFactors(program, preferredState, model.programXs(program)))
                            .as("%s at %s", example.getFileName(), program.id())
                            .isEqualTo(chances.programFactors(program, preferredState));
                }
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(4 * 1_000);
    }
}
