package org.smartpick.core.fees;

import java.util.List;
import java.util.OptionalInt;
import org.smartpick.core.reference.FeeSchedule;
import org.smartpick.core.reference.FeeTier;

/** The ERAS schedules of data/eras_fee_schedule.csv, built by hand for tests. */
public final class FeeSchedules {
    private FeeSchedules() {}

    public static FeeSchedule residency(int season) {
        return new FeeSchedule(
                season,
                "residency",
                List.of(new FeeTier(1, OptionalInt.of(30), 11, false), new FeeTier(31, OptionalInt.empty(), 30, false)),
                "https://example.org/residency");
    }

    public static FeeSchedule fellowship2026() {
        return new FeeSchedule(
                2026,
                "fellowship",
                List.of(
                        new FeeTier(1, OptionalInt.of(10), 115, true),
                        new FeeTier(11, OptionalInt.of(20), 17, false),
                        new FeeTier(21, OptionalInt.of(30), 20, false),
                        new FeeTier(31, OptionalInt.empty(), 27, false)),
                "https://example.org/fellowship");
    }
}
