package org.smartpick.core.recommend;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.smartpick.core.applicant.Target;
import org.smartpick.core.reference.FeeSchedule;
import org.smartpick.core.reference.ReferenceData;

/** Which fee schedule an application this season is charged under, with the newest on file as the fallback. */
final class SeasonFees {
    private SeasonFees() {}

    /** The group of the optimizer's candidates charged under the season's schedule of one type. */
    static String feeGroup(int season, String feeScheduleType) {
        return season + "/" + feeScheduleType;
    }

    /**
     * The fee schedule of each type the target specialties' programs use, whether or not the list uses them: what an
     * application this season would be charged under.
     */
    static List<FeeSchedule> ofTargets(List<Target> targets, CatalogIndex catalogIndex, int season) {
        TreeSet<String> types = new TreeSet<>();
        for (Target target : targets) {
            for (IndexedProgram indexed : catalogIndex.programsOf(target.specialtyCode())) {
                types.add(indexed.program().cycle().feeScheduleType());
            }
        }
        return types.stream()
                .map(type -> newestSchedule(catalogIndex.catalog().reference(), season, type))
                .toList();
    }

    /** The fee schedule of each group, from the groups by fee schedule type in the order the programs first used them. */
    static Map<String, FeeSchedule> byGroup(Map<String, String> feeGroups, ReferenceData reference, int season) {
        Map<String, FeeSchedule> schedules = new HashMap<>();
        feeGroups.forEach((type, group) -> schedules.put(group, newestSchedule(reference, season, type)));
        return schedules;
    }

    /**
     * The season's schedule of this type, else the newest on file; the answer's {@link Season} says when it is
     * carried over.
     */
    private static FeeSchedule newestSchedule(ReferenceData reference, int season, String type) {
        Optional<FeeSchedule> exact = reference.findFeeSchedule(season, type);
        if (exact.isPresent()) {
            return exact.get();
        }
        return reference.feeSchedules().stream()
                .filter(f -> f.applicationType().equals(type))
                .max(Comparator.comparingInt(FeeSchedule::season))
                .orElseThrow(() -> new IllegalStateException("the catalog has no " + type + " fee schedule"));
    }
}
