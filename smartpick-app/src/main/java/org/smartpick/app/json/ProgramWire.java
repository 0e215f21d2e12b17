package org.smartpick.app.json;

import java.util.List;
import org.smartpick.core.chance.Contribution;
import org.smartpick.core.eligibility.Condition;
import org.smartpick.core.recommend.FactView;
import org.smartpick.core.recommend.ProgramResult;

/**
 * One program as the API's JSON holds it: the only place a {@link ProgramResult}'s typed values become the answer's
 * names (enums by name, the tier by its label, no signal as null). Jackson writes this record by itself; the fast
 * writer for compact answers ({@link CompactAnswerBytes}) writes the same bytes, which tests compare. {@code eligible}
 * is always true: the programs no list can hold are listed apart, as excluded.
 */
record ProgramWire(
        String id,
        String name,
        String institution,
        String city,
        String state,
        String specialtyCode,
        String specialtyName,
        String track,
        String cycle,
        String role,
        boolean eligible,
        List<Condition> conditions,
        List<String> verify,
        double pInterview,
        double pMatch,
        double pMatchLow,
        double pMatchHigh,
        List<Contribution> contributions,
        List<String> reasons,
        String tier,
        String tierReason,
        boolean pathway,
        boolean selected,
        String signal,
        List<FactView> facts) {
    static ProgramWire of(ProgramResult program) {
        return new ProgramWire(
                program.id(),
                program.name(),
                program.institution(),
                program.city(),
                program.state(),
                program.specialtyCode(),
                program.specialtyName(),
                program.track().name(),
                program.cycle().name(),
                program.role().name(),
                true,
                program.conditions(),
                program.verify(),
                program.pInterview(),
                program.pMatch(),
                program.pMatchLow(),
                program.pMatchHigh(),
                program.contributions(),
                program.reasons(),
                program.tier().label(),
                program.tierReason(),
                program.pathway(),
                program.selected(),
                program.signal().map(Enum::name).orElse(null),
                program.facts());
    }
}
