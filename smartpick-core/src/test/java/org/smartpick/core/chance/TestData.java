package org.smartpick.core.chance;

import static org.smartpick.core.applicant.ProfileBuilder.aNonUsImg;
import static org.smartpick.core.applicant.ProfileBuilder.goal;
import static org.smartpick.core.applicant.ProfileBuilder.pathway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.common.KeyValues;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.reference.MatchOutcome;

/** Shipped data files read for tests (the app reads them through its own readers), and the example persona. */
public final class TestData {
    /** The shipped data directory, seen from the repository root (the data tools) or a module directory (tests). */
    public static final Path DATA =
            Files.isDirectory(Path.of("data", "model")) ? Path.of("data") : Path.of("..", "data");

    public static final Path PARAMETERS = DATA.resolve("model/chance-model-v1.properties");
    private static final Path NRMP = DATA.resolve("nrmp_2025_main_match_pgy1_by_specialty_applicant_type.csv");

    private TestData() {}

    public static ModelParameters parameters() {
        try {
            Parsed<ModelParameters> parsed =
                    ModelParameters.from(KeyValues.parse(Files.readString(PARAMETERS, StandardCharsets.UTF_8)));
            if (!parsed.problems().isEmpty()) {
                throw new IllegalStateException(parsed.problems().toString());
            }
            return parsed.value().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The NRMP 2025 table, one outcome per specialty row and applicant type (codes come from the parameter cells). */
    public static List<MatchOutcome> nrmpOutcomes() {
        try {
            List<String> lines = Files.readAllLines(NRMP, StandardCharsets.UTF_8);
            List<MatchOutcome> outcomes = new ArrayList<>();
            ApplicantType[] types = {
                ApplicantType.US_MD, ApplicantType.US_DO, ApplicantType.US_IMG, ApplicantType.NON_US_IMG
            };
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                for (int t = 0; t < types.length; t++) {
                    outcomes.add(new MatchOutcome(
                            2025,
                            f[0],
                            Optional.empty(),
                            types[t],
                            Integer.parseInt(f[1 + 2 * t]),
                            Integer.parseInt(f[2 + 2 * t])));
                }
            }
            return outcomes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example persona: a non-US IMG, 2021 graduate, Step 2 CK 236, J-1 or H-1B, genetics goals. */
    public static Profile persona() {
        return personaWithStep2(236);
    }

    /** The persona with another Step 2 CK score. */
    public static Profile personaWithStep2(int score) {
        return aNonUsImg()
                .name("persona")
                .step2ckScore(score)
                .targets(goal("765"), pathway("140"))
                .preferredStates("NY", "NJ")
                .build();
    }
}
