package org.smartpick.app.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartpick.app.importing.InterviewRateJoin.JoinResult;
import org.smartpick.app.importing.InterviewRateJoin.Joined;
import org.smartpick.core.program.Fact;

/** Turns the joined rows of an interview-rate file into program facts (the rates by applicant type and by signal). */
final class InterviewRateFacts {
    private InterviewRateFacts() {}

    static List<ProgramUpdate> updates(JoinResult join, String sourceId, String asOf) {
        List<ProgramUpdate> updates = new ArrayList<>();
        for (Joined joined : join.joined()) {
            InterviewRateRow.Rates r = joined.row().rates();
            String id = joined.programId();
            List<AttributeFact> facts = List.of(
                    fact(id, Attribute.INTERVIEW_RATE_US_MD, r.usMd(), sourceId, asOf),
                    fact(id, Attribute.INTERVIEW_RATE_US_DO, r.usDo(), sourceId, asOf),
                    fact(id, Attribute.INTERVIEW_RATE_US_IMG, r.usImg(), sourceId, asOf),
                    fact(id, Attribute.INTERVIEW_RATE_NON_US_IMG, r.nonUsImg(), sourceId, asOf),
                    fact(id, Attribute.INTERVIEW_RATE_SIGNAL, r.signal(), sourceId, asOf),
                    fact(id, Attribute.INTERVIEW_RATE_GOLD, r.gold(), sourceId, asOf),
                    fact(id, Attribute.INTERVIEW_RATE_SILVER, r.silver(), sourceId, asOf),
                    fact(id, Attribute.INTERVIEW_RATE_NO_SIGNAL, r.noSignal(), sourceId, asOf));
            updates.add(new ProgramUpdate(joined.row().line(), id, Optional.empty(), facts));
        }
        return updates;
    }

    private static AttributeFact fact(
            String id, Attribute attribute, Optional<Double> rate, String sourceId, String asOf) {
        return new AttributeFact(id, attribute, new Fact<>(rate, sourceId, asOf));
    }
}
