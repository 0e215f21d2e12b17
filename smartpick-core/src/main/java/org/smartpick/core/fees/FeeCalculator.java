package org.smartpick.core.fees;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.smartpick.core.reference.FeeSchedule;
import org.smartpick.core.reference.FeeTier;
import org.smartpick.core.reference.OneOffFee;

/**
 * ERAS applicant fees: each specialty is charged on its own under its schedule's tiers (pricing resets per
 * specialty), a flat tier is paid once as soon as one of its programs is used, and one-off fees are paid once per
 * season when anything is applied to.
 */
public final class FeeCalculator {
    private FeeCalculator() {}

    /** Dollars for {@code programs} programs of one specialty under the schedule. */
    public static int costUsd(FeeSchedule schedule, int programs) {
        return lines(schedule, "", programs).stream()
                .mapToInt(FeeLine::amountUsd)
                .sum();
    }

    /** Cumulative cost table: result[n] is the dollars for n programs of one specialty, n = 0..maxPrograms. */
    public static int[] costTableUsd(FeeSchedule schedule, int maxPrograms) {
        int[] table = new int[maxPrograms + 1];
        FeeTier[] tiers = schedule.tiers().toArray(FeeTier[]::new);
        for (int n = 1; n <= maxPrograms; n++) {
            table[n] = table[n - 1];
            for (FeeTier tier : tiers) {
                table[n] += feeForProgramUsd(tier, n);
            }
        }
        return table;
    }

    /** What the n-th program of a specialty adds under one tier: its fee inside the tier, a flat fee at the tier's first. */
    private static int feeForProgramUsd(FeeTier tier, int n) {
        boolean inside = n >= tier.fromProgram() && n <= tier.toProgram().orElse(Integer.MAX_VALUE);
        if (!inside) {
            return 0;
        }
        return tier.flat() && n > tier.fromProgram() ? 0 : tier.feeUsd();
    }

    /** The fee lines for {@code programs} programs of one specialty: one per tier the count reaches. */
    public static List<FeeLine> lines(FeeSchedule schedule, String specialtyCode, int programs) {
        List<FeeLine> lines = new ArrayList<>();
        List<FeeTier> tiers = schedule.tiers().stream()
                .sorted(Comparator.comparingInt(FeeTier::fromProgram))
                .toList();
        for (FeeTier tier : tiers) {
            int last = tier.toProgram().orElse(Integer.MAX_VALUE);
            int inTier = Math.min(programs, last) - tier.fromProgram() + 1;
            if (inTier <= 0) {
                continue;
            }
            int amount = tier.flat() ? tier.feeUsd() : inTier * tier.feeUsd();
            lines.add(new FeeLine(
                    tierLabel(schedule, specialtyCode, tier),
                    specialtyCode,
                    inTier,
                    tier.feeUsd(),
                    amount,
                    schedule.sourceUrl()));
        }
        return lines;
    }

    /**
     * The cost of a selection: fee lines per specialty and tier (specialties in code order) under the schedule of
     * each count's fee group, then the one-off fees once when any program is selected.
     */
    public static Cost cost(
            Map<String, FeeSchedule> schedulesByGroup, List<SpecialtyCount> counts, List<OneOffFee> oneOffFees) {
        List<FeeLine> lines = new ArrayList<>();
        List<SpecialtyCount> sorted = counts.stream()
                .sorted(Comparator.comparing(SpecialtyCount::specialtyCode).thenComparing(SpecialtyCount::feeGroup))
                .toList();
        for (SpecialtyCount count : sorted) {
            FeeSchedule schedule = schedulesByGroup.get(count.feeGroup());
            if (schedule == null) {
                throw new IllegalArgumentException("no fee schedule for fee group " + count.feeGroup());
            }
            lines.addAll(lines(schedule, count.specialtyCode(), count.programs()));
        }
        if (counts.stream().anyMatch(c -> c.programs() > 0)) {
            lines.addAll(oneOffLines(oneOffFees));
        }
        return Cost.of(lines);
    }

    /** One line per one-off fee, in the order given. */
    public static List<FeeLine> oneOffLines(List<OneOffFee> oneOffFees) {
        return oneOffFees.stream()
                .map(f -> new FeeLine(f.name() + " (" + f.basis() + ")", "", 0, f.feeUsd(), f.feeUsd(), f.sourceUrl()))
                .toList();
    }

    /** The one-off fees that apply to an applicant: all of them, or those that are not IMG-only for US graduates. */
    public static List<OneOffFee> applicableOneOffs(List<OneOffFee> oneOffFees, boolean img) {
        return oneOffFees.stream().filter(f -> img || !f.imgOnly()).toList();
    }

    private static String tierLabel(FeeSchedule schedule, String specialtyCode, FeeTier tier) {
        String range = tier.toProgram().isPresent()
                ? "programs " + tier.fromProgram() + "-" + tier.toProgram().getAsInt()
                : "programs " + tier.fromProgram() + "+";
        String specialty = specialtyCode.isEmpty() ? "" : " specialty " + specialtyCode + ",";
        return "ERAS " + schedule.season() + " " + schedule.applicationType() + " fees," + specialty + " " + range
                + (tier.flat() ? " (flat)" : " (each)");
    }
}
