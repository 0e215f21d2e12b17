package org.smartpick.app.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.InterviewRates;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.ResidentMix;
import org.smartpick.core.program.Selectivity;
import org.smartpick.core.program.Track;

/** A program being assembled from several sources or from stored rows; {@link #build()} makes the immutable record. */
public final class ProgramDraft {
    String id;
    String name;
    String institution;
    String city;
    String state;
    String specialtyCode;
    String specialtyName;
    Track track;
    ApplicationCycle cycle;
    private final Map<Attribute, Fact<?>> facts = new EnumMap<>(Attribute.class);
    String programUrl = "";
    final List<String> disagreements = new ArrayList<>();

    public static ProgramDraft from(Program p) {
        ProgramDraft d = identity(
                p.id(),
                p.name(),
                p.institution(),
                p.city(),
                p.state(),
                p.specialtyCode(),
                p.specialtyName(),
                p.track(),
                p.cycle(),
                p.programUrl());
        for (Attribute attribute : Attribute.values()) {
            d.set(attribute, attribute.factOf(p));
        }
        d.disagreements.addAll(p.disagreements());
        return d;
    }

    public Program build() {
        return new Program(
                id,
                name,
                institution,
                city,
                state,
                specialtyCode,
                specialtyName,
                track,
                cycle,
                fact(Attribute.FIRST_YEAR_POSITIONS),
                fact(Attribute.SETTING),
                fact(Attribute.VISA_J1),
                fact(Attribute.VISA_H1B),
                fact(Attribute.CITIZENSHIP_RESTRICTED),
                fact(Attribute.PCT_IMG),
                fact(Attribute.INTERVIEWS_LAST_YEAR),
                fact(Attribute.MIN_STEP2_SCORE),
                fact(Attribute.MAX_YEARS_SINCE_GRADUATION),
                fact(Attribute.MAX_ATTEMPTS),
                programUrl,
                disagreements,
                fact(Attribute.ADVANCED_POSITIONS),
                new ResidentMix(
                        fact(Attribute.PCT_US_MD),
                        fact(Attribute.PCT_US_DO),
                        fact(Attribute.PCT_US_IMG),
                        fact(Attribute.PCT_NON_US_IMG)),
                new InterviewRates(
                        fact(Attribute.INTERVIEW_RATE_US_MD),
                        fact(Attribute.INTERVIEW_RATE_US_DO),
                        fact(Attribute.INTERVIEW_RATE_US_IMG),
                        fact(Attribute.INTERVIEW_RATE_NON_US_IMG),
                        fact(Attribute.INTERVIEW_RATE_SIGNAL),
                        fact(Attribute.INTERVIEW_RATE_GOLD),
                        fact(Attribute.INTERVIEW_RATE_SILVER),
                        fact(Attribute.INTERVIEW_RATE_NO_SIGNAL)),
                new Selectivity(
                        fact(Attribute.APPLICATIONS_RECEIVED),
                        fact(Attribute.PCT_APPLICANTS_INTERVIEWED),
                        fact(Attribute.RESIDENTS_STEP1_RANGE),
                        fact(Attribute.PCT_GRADS_ACADEMIC),
                        fact(Attribute.MATCHED_AVG_PUBLICATIONS),
                        fact(Attribute.RESEARCH_INTENSITY)));
    }

    /** The fact held for an attribute (unknown when none); the caller names the type the attribute's kind parses to. */
    @SuppressWarnings("unchecked")
    <T> Fact<T> fact(Attribute attribute) {
        return (Fact<T>) facts.getOrDefault(attribute, Fact.unknown());
    }

    /** A program with its identity fields set and every attribute unknown. */
    public static ProgramDraft identity(
            String id,
            String name,
            String institution,
            String city,
            String state,
            String specialtyCode,
            String specialtyName,
            Track track,
            ApplicationCycle cycle,
            String programUrl) {
        ProgramDraft d = new ProgramDraft();
        d.id = id;
        d.name = name;
        d.institution = institution;
        d.city = city;
        d.state = state;
        d.specialtyCode = specialtyCode;
        d.specialtyName = specialtyName;
        d.track = track;
        d.cycle = cycle;
        d.programUrl = programUrl;
        return d;
    }

    public void set(Attribute attribute, Fact<?> fact) {
        facts.put(attribute, fact);
    }

    public void addDisagreement(String text) {
        disagreements.add(text);
    }
}
