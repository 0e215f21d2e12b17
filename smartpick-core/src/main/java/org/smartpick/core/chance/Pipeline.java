package org.smartpick.core.chance;

import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smartpick.core.applicant.ApplicantType;

/**
 * The end-to-end calibration: {@code shifts} are the log-odds the whole recommendation adds to a baseline fitted on
 * a typical program with no facts (the applicant's own list picks the programs most open to them and signals them,
 * which the observed rates already contain), by "cellId.TYPE", and by "default.TYPE" for cells and types it was
 * not fitted to; {@code pgy2Codes} are specialties whose positions mostly start at PGY-2, where the NRMP PGY-1 row
 * does not describe the applicants; {@code targets} replace an NRMP rate where a better-defined one exists
 * ("cellId.TYPE", e.g. Charting Outcomes for US MD seniors), each with its {@code targetBasis}.
 */
public record Pipeline(
        Map<String, Double> shifts,
        Set<String> pgy2Codes,
        Map<String, Double> targets,
        Map<String, String> targetBasis) {
    public Pipeline {
        shifts = Map.copyOf(shifts);
        pgy2Codes = Set.copyOf(pgy2Codes);
        targets = Map.copyOf(targets);
        targetBasis = Map.copyOf(targetBasis);
    }

    /** The key of a cell's shift for an applicant type, as written in the parameters file. */
    public static String shiftKey(String cellId, ApplicantType type) {
        return "pipeline-shift." + cellId + "." + type;
    }

    /** The cell's own shift for the type when the pipeline was fitted to it, else the type's default (0 if none). */
    public double shift(String cellId, ApplicantType type) {
        Double own = shifts.get(cellId + "." + type);
        return own != null ? own : shifts.getOrDefault("default." + type, 0.0);
    }

    public Optional<Double> findTarget(String cellId, ApplicantType type) {
        return Optional.ofNullable(targets.get(cellId + "." + type));
    }
}
