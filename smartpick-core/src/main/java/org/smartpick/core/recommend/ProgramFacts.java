package org.smartpick.core.recommend;

import java.util.ArrayList;
import java.util.List;
import org.smartpick.core.common.Decimals;
import java.util.function.Function;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Setting;
import org.smartpick.core.program.YesNoUnknown;
import org.smartpick.core.reference.ReferenceData;

/** A program's facts as the applicant sees them: each with its source and date, unknown ones marked "verify". */
public final class ProgramFacts {
    public static final String UNKNOWN = "unknown, verify with the program";

    private ProgramFacts() {
    }

    public static List<FactView> of(Program program, ReferenceData reference) {
        List<FactView> facts = new ArrayList<>();
        add(facts, "First-year positions", program.firstYearPositions(), String::valueOf, reference);
        add(facts, "Setting", program.setting(), Setting::label, reference);
        add(facts, "J-1 visa sponsorship", program.j1Visa(), ProgramFacts::yesNo, reference);
        add(facts, "H-1B visa sponsorship", program.h1bVisa(), ProgramFacts::yesNo, reference);
        add(facts, "Citizenship-restricted funding", program.citizenshipRestricted(), ProgramFacts::yesNo, reference);
        add(facts, "IMG share of residents", program.imgSharePct(), pct -> Decimals.fixed(pct, 1) + "%", reference);
        add(facts, "Interviews last year", program.interviewsLastYear(), String::valueOf, reference);
        add(facts, "Minimum Step 2 CK score", program.minStep2Score(), String::valueOf, reference);
        add(facts, "Maximum years since graduation", program.maxYearsSinceGraduation(), String::valueOf, reference);
        add(facts, "Maximum USMLE attempts", program.maxAttempts(), String::valueOf, reference);
        return facts;
    }

    private static <T> void add(List<FactView> facts, String attribute, Fact<T> fact, Function<T, String> format,
                                ReferenceData reference) {
        boolean known = fact.value().filter(v -> v != YesNoUnknown.UNKNOWN).isPresent();
        String value = known ? format.apply(fact.value().get()) : UNKNOWN;
        String source = fact.sourceId().equals("none")
                ? "no source states this"
                : reference.findSource(fact.sourceId()).map(s -> s.title()).orElse(fact.sourceId());
        facts.add(new FactView(attribute, value, source, fact.asOf(), known));
    }

    private static String yesNo(YesNoUnknown answer) {
        return answer == YesNoUnknown.YES ? "yes" : answer == YesNoUnknown.NO ? "no" : UNKNOWN;
    }
}
