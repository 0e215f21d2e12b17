package org.smartpick.app.recommend;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.smartpick.app.applicant.ProfileJson;
import org.smartpick.app.importing.ShippedCatalog;
import org.smartpick.app.json.Json;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.recommend.RecommendOptions;
import org.smartpick.core.recommend.Recommender;

/** Temporary timing harness for the speed work; deleted before the branch is done. */
class SpeedHarnessTest {
    @Test
    void time() throws Exception {
        Catalog catalog = ShippedCatalog.load();
        Clock fixed = Clock.fixed(LocalDate.of(2026, 11, 25).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        Recommender recommender = ShippedPolicies.recommender();
        RecommendationService service = new RecommendationService(() -> catalog, recommender, fixed);
        String json = Files.readString(Path.of("../examples/" + System.getProperty("persona", "non-us-img-genetics") + ".json"), StandardCharsets.UTF_8);
        Profile profile = ProfileJson.parse(json, Json.mapper()).profile().orElseThrow();
        RecommendOptions options = service.defaultOptions(profile);
        int warm = Integer.getInteger("warm", 20);
        int runs = Integer.getInteger("runs", 30);
        for (int i = 0; i < warm; i++) {
            service.recommend(profile, options);
        }
        double[] full = new double[runs];
        double[] one = new double[runs];
        double[] fullCpu = new double[runs];
        double[] oneCpu = new double[runs];
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        for (int i = 0; i < runs; i++) {
            long c0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            service.recommend(profile, options);
            long t1 = System.nanoTime();
            long c1 = cpu.getCurrentThreadCpuTime();
            recommender.evaluate(profile, catalog, options.withoutStrategy());
            long t2 = System.nanoTime();
            long c2 = cpu.getCurrentThreadCpuTime();
            full[i] = (t1 - t0) / 1e6;
            one[i] = (t2 - t1) / 1e6;
            fullCpu[i] = (c1 - c0) / 1e6;
            oneCpu[i] = (c2 - c1) / 1e6;
        }
        Arrays.sort(fullCpu);
        Arrays.sort(oneCpu);
        System.out.printf("SPEED cpu: full recommend median %.2f ms; evaluate median %.2f ms%n", fullCpu[runs / 2], oneCpu[runs / 2]);
        Arrays.sort(full);
        Arrays.sort(one);
        System.out.printf("SPEED full recommend median %.2f ms (min %.2f, max %.2f); evaluate median %.2f ms (min %.2f)%n",
                full[runs / 2], full[0], full[runs - 1], one[runs / 2], one[0]);
    }
}
