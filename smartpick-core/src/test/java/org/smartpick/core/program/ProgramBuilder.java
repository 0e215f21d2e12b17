package org.smartpick.core.program;

import java.util.List;

/**
 * Builds a {@link Program} for tests, so that a test sets only the facts it is about.
 *
 * <p>{@link #aProgram()} starts from a categorical Internal Medicine (140) program, id 1403500001, in NY, in the
 * September residency cycle, named "Program " followed by its id unless a name is set, with empty institution, city
 * and URL, no disagreements, and every {@link Fact} unknown (positions, setting, visas, citizenship restriction, IMG
 * share, interviews, limits, advanced positions, resident mix, interview rates and selectivity). {@link
 * #from(Program)} starts from an existing program instead.
 *
 * <p>The value setters state a fact from source {@value #SOURCE} as of {@value #AS_OF}; a {@code null} value leaves
 * the fact unknown (handy for parameterized tests). The {@link Fact} setters take the fact as it is, with its own
 * source and date.
 */
public final class ProgramBuilder {
    /** The source the value setters give their facts. */
    public static final String SOURCE = "test";
    /** The date the value setters give their facts. */
    public static final String AS_OF = "2025-03-01";

    private String id = "1403500001";
    private String name;
    private String institution = "";
    private String city = "";
    private String state = "NY";
    private String specialtyCode = "140";
    private String specialtyName = "Internal Medicine";
    private Track track = Track.CATEGORICAL;
    private ApplicationCycle cycle = ApplicationCycle.RESIDENCY_SEPTEMBER;
    private Fact<Integer> firstYearPositions = Fact.unknown();
    private Fact<Setting> setting = Fact.unknown();
    private Fact<YesNoUnknown> j1Visa = Fact.unknown();
    private Fact<YesNoUnknown> h1bVisa = Fact.unknown();
    private Fact<YesNoUnknown> citizenshipRestricted = Fact.unknown();
    private Fact<Double> imgSharePct = Fact.unknown();
    private Fact<Integer> interviewsLastYear = Fact.unknown();
    private Fact<Integer> minStep2Score = Fact.unknown();
    private Fact<Integer> maxYearsSinceGraduation = Fact.unknown();
    private Fact<Integer> maxAttempts = Fact.unknown();
    private String programUrl = "";
    private List<String> disagreements = List.of();
    private Fact<Integer> advancedPositions = Fact.unknown();
    private ResidentMix residents = ResidentMix.unknown();
    private InterviewRates interviewRates = InterviewRates.unknown();
    private Selectivity selectivity = Selectivity.unknown();

    private ProgramBuilder() {}

    /** The program described on the class. */
    public static ProgramBuilder aProgram() {
        return new ProgramBuilder();
    }

    /** Every attribute of {@code program}, to change some of them. */
    public static ProgramBuilder from(Program program) {
        ProgramBuilder b = new ProgramBuilder();
        b.id = program.id();
        b.name = program.name();
        b.institution = program.institution();
        b.city = program.city();
        b.state = program.state();
        b.specialtyCode = program.specialtyCode();
        b.specialtyName = program.specialtyName();
        b.track = program.track();
        b.cycle = program.cycle();
        b.firstYearPositions = program.firstYearPositions();
        b.setting = program.setting();
        b.j1Visa = program.j1Visa();
        b.h1bVisa = program.h1bVisa();
        b.citizenshipRestricted = program.citizenshipRestricted();
        b.imgSharePct = program.imgSharePct();
        b.interviewsLastYear = program.interviewsLastYear();
        b.minStep2Score = program.minStep2Score();
        b.maxYearsSinceGraduation = program.maxYearsSinceGraduation();
        b.maxAttempts = program.maxAttempts();
        b.programUrl = program.programUrl();
        b.disagreements = program.disagreements();
        b.advancedPositions = program.advancedPositions();
        b.residents = program.residents();
        b.interviewRates = program.interviewRates();
        b.selectivity = program.selectivity();
        return b;
    }

    /** A fact stated by the test source, or unknown for {@code null}. */
    public static <T> Fact<T> stated(T value) {
        return value == null ? Fact.unknown() : Fact.of(value, SOURCE, AS_OF);
    }

    /** The ACGME id (10 digits). */
    public ProgramBuilder id(String value) {
        id = value;
        return this;
    }

    public ProgramBuilder name(String value) {
        name = value;
        return this;
    }

    public ProgramBuilder institution(String value) {
        institution = value;
        return this;
    }

    public ProgramBuilder city(String value) {
        city = value;
        return this;
    }

    /** The two-letter state code. */
    public ProgramBuilder state(String value) {
        state = value;
        return this;
    }

    /** The specialty's ACGME code and name, set together so that they cannot disagree. */
    public ProgramBuilder specialty(String code, String specialty) {
        specialtyCode = code;
        specialtyName = specialty;
        return this;
    }

    public ProgramBuilder track(Track value) {
        track = value;
        return this;
    }

    public ProgramBuilder cycle(ApplicationCycle value) {
        cycle = value;
        return this;
    }

    public ProgramBuilder firstYearPositions(Integer value) {
        firstYearPositions = stated(value);
        return this;
    }

    public ProgramBuilder setting(Setting value) {
        setting = stated(value);
        return this;
    }

    public ProgramBuilder j1Visa(YesNoUnknown value) {
        return j1Visa(stated(value));
    }

    public ProgramBuilder j1Visa(Fact<YesNoUnknown> fact) {
        j1Visa = fact;
        return this;
    }

    public ProgramBuilder h1bVisa(YesNoUnknown value) {
        return h1bVisa(stated(value));
    }

    public ProgramBuilder h1bVisa(Fact<YesNoUnknown> fact) {
        h1bVisa = fact;
        return this;
    }

    public ProgramBuilder citizenshipRestricted(YesNoUnknown value) {
        return citizenshipRestricted(stated(value));
    }

    public ProgramBuilder citizenshipRestricted(Fact<YesNoUnknown> fact) {
        citizenshipRestricted = fact;
        return this;
    }

    /** The share of IMGs among the residents, in percent. */
    public ProgramBuilder imgSharePct(Double value) {
        imgSharePct = stated(value);
        return this;
    }

    public ProgramBuilder interviewsLastYear(Integer value) {
        interviewsLastYear = stated(value);
        return this;
    }

    public ProgramBuilder minStep2Score(Integer value) {
        return minStep2Score(stated(value));
    }

    public ProgramBuilder minStep2Score(Fact<Integer> fact) {
        minStep2Score = fact;
        return this;
    }

    public ProgramBuilder maxYearsSinceGraduation(Integer value) {
        return maxYearsSinceGraduation(stated(value));
    }

    public ProgramBuilder maxYearsSinceGraduation(Fact<Integer> fact) {
        maxYearsSinceGraduation = fact;
        return this;
    }

    public ProgramBuilder maxAttempts(Integer value) {
        maxAttempts = stated(value);
        return this;
    }

    public ProgramBuilder programUrl(String value) {
        programUrl = value;
        return this;
    }

    public ProgramBuilder disagreements(List<String> value) {
        disagreements = value;
        return this;
    }

    public ProgramBuilder advancedPositions(Integer value) {
        advancedPositions = stated(value);
        return this;
    }

    /** The share of US MD graduates among the residents, in percent; the rest of the mix kept. */
    public ProgramBuilder usMdResidentsPct(Double value) {
        return residents(
                new ResidentMix(stated(value), residents.usDoPct(), residents.usImgPct(), residents.nonUsImgPct()));
    }

    public ProgramBuilder residents(ResidentMix value) {
        residents = value;
        return this;
    }

    /** The share of US MD applicants the program interviewed (0..1); the other rates kept. */
    public ProgramBuilder usMdInterviewRate(Double value) {
        InterviewRates r = interviewRates;
        return interviewRates(new InterviewRates(
                stated(value), r.usDo(), r.usImg(), r.nonUsImg(), r.signal(), r.gold(), r.silver(), r.noSignal()));
    }

    /** The share of non-US IMG applicants the program interviewed (0..1); the other rates kept. */
    public ProgramBuilder nonUsImgInterviewRate(Double value) {
        InterviewRates r = interviewRates;
        return interviewRates(new InterviewRates(
                r.usMd(), r.usDo(), r.usImg(), stated(value), r.signal(), r.gold(), r.silver(), r.noSignal()));
    }

    public ProgramBuilder interviewRates(InterviewRates value) {
        interviewRates = value;
        return this;
    }

    /** The residents' Step 1 band as the source words it (e.g. "Greater than 245"); the rest of selectivity kept. */
    public ProgramBuilder residentsStep1Range(String value) {
        return selectivity(stated(value), selectivity.matchedAvgPublications(), selectivity.researchIntensity());
    }

    /** The average publications of matched applicants; the rest of selectivity kept. */
    public ProgramBuilder matchedAvgPublications(Double value) {
        return selectivity(selectivity.residentsStep1Range(), stated(value), selectivity.researchIntensity());
    }

    /** The research intensity of the program's institution; the rest of selectivity kept. */
    public ProgramBuilder researchIntensity(ResearchIntensity value) {
        return selectivity(selectivity.residentsStep1Range(), selectivity.matchedAvgPublications(), stated(value));
    }

    private ProgramBuilder selectivity(
            Fact<String> step1Range, Fact<Double> publications, Fact<ResearchIntensity> researchIntensity) {
        Selectivity s = selectivity;
        return selectivity(new Selectivity(
                s.applicationsReceived(),
                s.pctApplicantsInterviewed(),
                step1Range,
                s.pctGradsAcademic(),
                publications,
                researchIntensity));
    }

    public ProgramBuilder selectivity(Selectivity value) {
        selectivity = value;
        return this;
    }

    /**
     * Residents, interview rates, selectivity and advanced positions unknown again, as the catalog's core attributes
     * alone give them.
     */
    public ProgramBuilder coreAttributesOnly() {
        advancedPositions = Fact.unknown();
        residents = ResidentMix.unknown();
        interviewRates = InterviewRates.unknown();
        selectivity = Selectivity.unknown();
        return this;
    }

    public Program build() {
        return new Program(
                id,
                name == null ? "Program " + id : name,
                institution,
                city,
                state,
                specialtyCode,
                specialtyName,
                track,
                cycle,
                firstYearPositions,
                setting,
                j1Visa,
                h1bVisa,
                citizenshipRestricted,
                imgSharePct,
                interviewsLastYear,
                minStep2Score,
                maxYearsSinceGraduation,
                maxAttempts,
                programUrl,
                disagreements,
                advancedPositions,
                residents,
                interviewRates,
                selectivity);
    }
}
