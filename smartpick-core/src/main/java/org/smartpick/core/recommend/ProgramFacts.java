package org.smartpick.core.recommend;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.smartpick.core.common.Decimals;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.InterviewRates;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.ResearchIntensity;
import org.smartpick.core.program.ResidentMix;
import org.smartpick.core.program.Selectivity;
import org.smartpick.core.program.Setting;
import org.smartpick.core.program.YesNoUnknown;
import org.smartpick.core.reference.ReferenceData;

/** A program's facts as the applicant sees them: each with its source and date, unknown ones marked "verify". */
public final class ProgramFacts {
    public static final String UNKNOWN = "unknown, verify with the program";

    private ProgramFacts() {}

    public static List<FactView> of(Program program, ReferenceData reference) {
        List<FactView> facts = new ArrayList<>();
        add(facts, "First-year positions", program.firstYearPositions(), String::valueOf, reference);
        addIfKnown(facts, "Positions starting at PGY-2", program.advancedPositions(), String::valueOf, reference);
        add(facts, "Setting", program.setting(), Setting::label, reference);
        add(facts, "J-1 visa sponsorship", program.j1Visa(), ProgramFacts::yesNo, reference);
        add(facts, "H-1B visa sponsorship", program.h1bVisa(), ProgramFacts::yesNo, reference);
        add(facts, "Citizenship-restricted funding", program.citizenshipRestricted(), ProgramFacts::yesNo, reference);
        add(facts, "IMG share of residents", program.imgSharePct(), ProgramFacts::percent, reference);
        ResidentMix residents = program.residents();
        addIfKnown(facts, "US MD share of residents", residents.usMdPct(), ProgramFacts::percent, reference);
        addIfKnown(facts, "US DO share of residents", residents.usDoPct(), ProgramFacts::percent, reference);
        addIfKnown(facts, "US-citizen IMG share of residents", residents.usImgPct(), ProgramFacts::percent, reference);
        addIfKnown(facts, "Non-US IMG share of residents", residents.nonUsImgPct(), ProgramFacts::percent, reference);
        add(facts, "Interviews last year", program.interviewsLastYear(), String::valueOf, reference);
        InterviewRates rates = program.interviewRates();
        addIfKnown(facts, "Interview rate, US MD applicants", rates.usMd(), ProgramFacts::proportion, reference);
        addIfKnown(facts, "Interview rate, US DO applicants", rates.usDo(), ProgramFacts::proportion, reference);
        addIfKnown(
                facts, "Interview rate, US-citizen IMG applicants", rates.usImg(), ProgramFacts::proportion, reference);
        addIfKnown(
                facts, "Interview rate, non-US IMG applicants", rates.nonUsImg(), ProgramFacts::proportion, reference);
        addIfKnown(
                facts, "Interview rate, applicants who signalled", rates.signal(), ProgramFacts::proportion, reference);
        addIfKnown(facts, "Interview rate, gold signal", rates.gold(), ProgramFacts::proportion, reference);
        addIfKnown(facts, "Interview rate, silver signal", rates.silver(), ProgramFacts::proportion, reference);
        addIfKnown(facts, "Interview rate, no signal", rates.noSignal(), ProgramFacts::proportion, reference);
        Selectivity selectivity = program.selectivity();
        addIfKnown(facts, "Applications received", selectivity.applicationsReceived(), String::valueOf, reference);
        addIfKnown(
                facts,
                "Share of applicants interviewed",
                selectivity.pctApplicantsInterviewed(),
                ProgramFacts::percent,
                reference);
        addIfKnown(facts, "Residents' average Step 1", selectivity.residentsStep1Range(), String::valueOf, reference);
        addIfKnown(
                facts, "Graduates in academic posts", selectivity.pctGradsAcademic(), ProgramFacts::percent, reference);
        addIfKnown(
                facts,
                "Matched applicants' average publications",
                selectivity.matchedAvgPublications(),
                n -> Decimals.fixed(n, 1),
                reference);
        addIfKnown(
                facts,
                "Sponsor's research intensity",
                selectivity.researchIntensity(),
                ResearchIntensity::describe,
                reference);
        add(facts, "Minimum Step 2 CK score", program.minStep2Score(), String::valueOf, reference);
        add(facts, "Maximum years since graduation", program.maxYearsSinceGraduation(), String::valueOf, reference);
        add(facts, "Maximum USMLE attempts", program.maxAttempts(), String::valueOf, reference);
        return facts;
    }

    /** Attributes that only some specialties' sources give are listed when known, so pages stay short. */
    private static <T> void addIfKnown(
            List<FactView> facts, String attribute, Fact<T> fact, Function<T, String> format, ReferenceData reference) {
        if (fact.isKnown()) {
            add(facts, attribute, fact, format, reference);
        }
    }

    private static <T> void add(
            List<FactView> facts, String attribute, Fact<T> fact, Function<T, String> format, ReferenceData reference) {
        boolean known = fact.value().filter(v -> v != YesNoUnknown.UNKNOWN).isPresent();
        String value = known ? format.apply(fact.value().get()) : UNKNOWN;
        String source = fact.sourceId().equals("none")
                ? "no source states this"
                : reference.findSource(fact.sourceId()).map(s -> s.title()).orElse(fact.sourceId());
        facts.add(new FactView(attribute, value, source, fact.asOf(), known, fact.basis(), note(fact)));
    }

    /** How an inferred fact was derived, or how the source words a mapped value; empty when neither applies. */
    public static String note(Fact<?> fact) {
        if (fact.inference().isPresent()) {
            return fact.inference().get().describe();
        }
        return fact.sourceLabel().isEmpty() ? "" : "the source says \"" + fact.sourceLabel() + "\"";
    }

    private static String percent(double pct) {
        return Decimals.fixed(pct, 1) + "%";
    }

    /** A proportion 0..1 shown as a whole percentage, as the source rounds it to 2 decimals. */
    private static String proportion(double share) {
        return Math.round(share * 100) + "%";
    }

    private static String yesNo(YesNoUnknown answer) {
        return answer == YesNoUnknown.YES ? "yes" : answer == YesNoUnknown.NO ? "no" : UNKNOWN;
    }
}
