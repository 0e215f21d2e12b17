package org.smartpick.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.smartpick.app.applicant.ProfileJson;
import org.smartpick.app.json.Json;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Program;
import org.smartpick.core.recommend.RecommendOptions;

/** The inputs the benchmarks share: the example persona, the season's options and the synthetic catalog. */
public final class BenchFixtures {
    /** The persona the issue names; packaged from {@code examples/} into the benchmark jar. */
    public static final String PERSONA = "/examples/non-us-img-genetics.json";
    /** Every example profile, the mix the load test sends. */
    public static final List<String> EXAMPLES = List.of(
            PERSONA,
            "/examples/non-us-img-h1b-reapplicant.json",
            "/examples/us-img-pediatrics.json",
            "/examples/us-md-internal-medicine.json");
    /** The fixed date the benchmarks run "as of", so every run computes the same thing. */
    public static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

    public static final int SEASON = 2026;
    /** Synthetic ids start here: no ACGME id begins with 9, so a synthetic program is never mistaken for a real one. */
    static final long SYNTHETIC_ID_BASE = 9_000_000_000L;

    private BenchFixtures() {}

    public static Profile persona() {
        return profile(PERSONA);
    }

    public static Profile profile(String resource) {
        try (InputStream in = BenchFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            ProfileJson.Result read =
                    ProfileJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), Json.mapper());
            return read.profile()
                    .orElseThrow(() -> new IllegalStateException(resource + " has problems: " + read.problems()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The options the CLI and API use for this profile when the user sets none. */
    public static RecommendOptions options(Profile profile) {
        return RecommendOptions.defaults(SEASON, TODAY, profile);
    }

    /**
     * A SYNTHETIC catalog of {@code size} programs, for scaling only: each is a copy of a shipped program drawn with
     * the seeded generator (so specialties, facts and visa policies keep the shipped mix), renamed "Synthetic
     * program N" with id 9000000000 + N. Same seed and size, same catalog.
     */
    public static Catalog synthetic(Catalog shipped, int size, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        List<Program> templates = shipped.programs();
        List<Program> programs = new ArrayList<>(size);
        for (int n = 0; n < size; n++) {
            Program t = templates.get(random.nextInt(templates.size()));
            programs.add(new Program(
                    String.valueOf(SYNTHETIC_ID_BASE + n),
                    "Synthetic program " + n,
                    "Synthetic institution " + random.nextInt(size / 3 + 1),
                    t.city(),
                    t.state(),
                    t.specialtyCode(),
                    t.specialtyName(),
                    t.track(),
                    t.cycle(),
                    t.firstYearPositions(),
                    t.setting(),
                    t.j1Visa(),
                    t.h1bVisa(),
                    t.citizenshipRestricted(),
                    t.imgSharePct(),
                    t.interviewsLastYear(),
                    t.minStep2Score(),
                    t.maxYearsSinceGraduation(),
                    t.maxAttempts(),
                    "https://example.invalid/synthetic/" + n,
                    List.of()));
        }
        return new Catalog(programs, shipped.reference());
    }
}
