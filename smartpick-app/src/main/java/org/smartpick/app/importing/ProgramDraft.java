package org.smartpick.app.importing;

import java.util.ArrayList;
import java.util.List;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Setting;
import org.smartpick.core.program.Track;
import org.smartpick.core.program.YesNoUnknown;

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
    Fact<Integer> firstYearPositions = Fact.unknown();
    Fact<Setting> setting = Fact.unknown();
    Fact<YesNoUnknown> j1Visa = Fact.unknown();
    Fact<YesNoUnknown> h1bVisa = Fact.unknown();
    Fact<YesNoUnknown> citizenshipRestricted = Fact.unknown();
    Fact<Double> imgSharePct = Fact.unknown();
    Fact<Integer> interviewsLastYear = Fact.unknown();
    Fact<Integer> minStep2Score = Fact.unknown();
    Fact<Integer> maxYearsSinceGraduation = Fact.unknown();
    Fact<Integer> maxAttempts = Fact.unknown();
    String programUrl = "";
    final List<String> disagreements = new ArrayList<>();

    public static ProgramDraft from(Program p) {
        ProgramDraft d = new ProgramDraft();
        d.id = p.id();
        d.name = p.name();
        d.institution = p.institution();
        d.city = p.city();
        d.state = p.state();
        d.specialtyCode = p.specialtyCode();
        d.specialtyName = p.specialtyName();
        d.track = p.track();
        d.cycle = p.cycle();
        for (Attribute attribute : Attribute.values()) {
            attribute.set(d, attribute.factOf(p));
        }
        d.programUrl = p.programUrl();
        d.disagreements.addAll(p.disagreements());
        return d;
    }

    public Program build() {
        return new Program(id, name, institution, city, state, specialtyCode, specialtyName, track, cycle,
                firstYearPositions, setting, j1Visa, h1bVisa, citizenshipRestricted, imgSharePct, interviewsLastYear,
                minStep2Score, maxYearsSinceGraduation, maxAttempts, programUrl, disagreements);
    }

    /** A program with its identity fields set and every attribute unknown. */
    public static ProgramDraft identity(String id, String name, String institution, String city, String state,
                                        String specialtyCode, String specialtyName, Track track, ApplicationCycle cycle,
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
        attribute.set(this, fact);
    }

    public void addDisagreement(String text) {
        disagreements.add(text);
    }
}
