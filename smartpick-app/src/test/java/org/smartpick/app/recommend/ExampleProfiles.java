package org.smartpick.app.recommend;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;
import org.smartpick.app.applicant.ProfileJson;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.json.Json;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.recommend.Recommendation;
import org.smartpick.core.recommend.Recommender;

/** The shipped example profiles (examples/*.json) and a service that recommends on a fixed day, for tests. */
public final class ExampleProfiles {
    /** The day the tests recommend on, so that years since graduation and season do not move with the clock. */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 25);

    private ExampleProfiles() {}

    /** The shipped catalog and recommender on {@link #TODAY}, built once per test run. */
    public static RecommendationService shippedService() {
        return Shipped.SERVICE;
    }

    /** The shipped catalog the shipped service recommends from. */
    public static Catalog shippedCatalog() {
        return Shipped.CATALOG;
    }

    private static final class Shipped {
        private static final Catalog CATALOG = ShippedCatalog.load();
        private static final RecommendationService SERVICE = service(() -> CATALOG, ShippedPolicies.recommender());
    }

    /** The example profile files, sorted by name. */
    public static List<Path> files() {
        try (var files = Files.list(Path.of("../examples"))) {
            return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The profile in an example file, which must be valid. */
    public static Profile profile(Path example) throws IOException {
        ProfileJson.Result read = ProfileJson.parse(Files.readString(example, StandardCharsets.UTF_8), Json.mapper());
        if (!read.problems().isEmpty()) {
            throw new IllegalStateException("example " + example + " must be a valid profile: " + read.problems());
        }
        return read.profile().orElseThrow();
    }

    /** A recommendation service over the catalog with the given recommender, on {@link #TODAY}. */
    public static RecommendationService service(Supplier<Catalog> catalog, Recommender recommender) {
        Clock fixed = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        return new RecommendationService(catalog, recommender, fixed);
    }

    /** The recommendation for an example with the service's default options. */
    public static Recommendation recommend(RecommendationService service, Path example) throws IOException {
        Profile profile = profile(example);
        RecommendationService.Outcome outcome = service.recommend(profile, service.defaultOptions(profile));
        if (!outcome.problems().isEmpty()) {
            throw new IllegalStateException("example " + example + " must be recommended for: " + outcome.problems());
        }
        return outcome.recommendation().orElseThrow();
    }
}
