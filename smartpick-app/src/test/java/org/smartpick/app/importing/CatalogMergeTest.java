package org.smartpick.app.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Specialty;
import org.smartpick.core.program.Track;
import org.smartpick.core.program.YesNoUnknown;

class CatalogMergeTest {
    static final SpecialtyRules RULES = new SpecialtyRules(
            List.of(
                    new Specialty("140", "Internal Medicine", ApplicationCycle.RESIDENCY_SEPTEMBER),
                    new Specialty("130", "Medical Genetics and Genomics", ApplicationCycle.FELLOWSHIP_JULY),
                    new Specialty("141", "Cardiovascular Disease", ApplicationCycle.FELLOWSHIP_JULY)),
            List.of(new SpecialtyTrack("130", Track.CATEGORICAL, Optional.empty(), "primary residency")));
    static final String ID = "1403521292";

    static ProgramUpdate listing(String id, String name, String city, String source, String asOf) {
        return ProgramUpdate.listing(
                2, new ProgramListing(id, name, city, "NY", id.substring(0, 3), "", "", source, asOf));
    }

    static ProgramUpdate fact(Attribute attribute, Object value, String source, String asOf) {
        return new ProgramUpdate(
                3, ID, Optional.empty(), List.of(new AttributeFact(ID, attribute, Fact.of(value, source, asOf))));
    }

    static Program only(CatalogMerge merge) {
        return merge.programs().get(0);
    }

    @Test
    void aNewProgramTakesTrackAndCycleFromItsSpecialty() {
        CatalogMerge merge = new CatalogMerge(List.of(), RULES);
        merge.apply(listing("1300500001", "Some Genetics Program", "X", "acgme", "2026-01-29"));
        merge.apply(listing("1410500001", "Some Cardiology Program", "X", "acgme", "2026-01-29"));
        assertThat(merge.programs())
                .extracting(Program::track, Program::cycle, Program::institution)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                Track.CATEGORICAL, ApplicationCycle.FELLOWSHIP_JULY, "Some Genetics"),
                        org.assertj.core.groups.Tuple.tuple(
                                Track.FELLOWSHIP, ApplicationCycle.FELLOWSHIP_JULY, "Some Cardiology"));
    }

    @Test
    void aProgramOfAnUnknownSpecialtyIsAProblemNotAGuess() {
        CatalogMerge merge = new CatalogMerge(List.of(), RULES);
        assertThat(merge.apply(listing("9990500001", "X", "Y", "eras", "2025-06")))
                .hasValueSatisfying(p -> assertThat(p.message()).contains("999"));
        assertThat(merge.programs()).isEmpty();
    }

    @Test
    void theLaterListingNamesTheProgramAndADifferentPlaceIsRecorded() {
        CatalogMerge merge = new CatalogMerge(List.of(), RULES);
        merge.apply(listing(ID, "NYU Program", "New York", "freida", "2025-03-28"));
        merge.apply(listing(ID, "NYU", "New York", "eras", "2025-06"));
        assertThat(only(merge).name()).isEqualTo("NYU");
        assertThat(only(merge).disagreements()).isEmpty();
        merge.apply(listing(ID, "NYU Langone", "Brooklyn", "acgme", "2026-01-29"));
        assertThat(only(merge).city()).isEqualTo("Brooklyn");
        assertThat(only(merge).disagreements())
                .singleElement()
                .asString()
                .contains("'NYU', New York")
                .contains("acgme");
    }

    @Test
    void theNewerFactIsKeptAndTheOlderOneRecordedWhicheverArrivesFirst() {
        for (boolean newerFirst : new boolean[] {true, false}) {
            CatalogMerge merge = new CatalogMerge(List.of(), RULES);
            merge.apply(listing(ID, "NYU", "New York", "eras", "2025-06"));
            ProgramUpdate older = fact(Attribute.VISA_H1B, YesNoUnknown.NO, "freida", "2025-03-28");
            ProgramUpdate newer = fact(Attribute.VISA_H1B, YesNoUnknown.YES, "advisor", "2025-09-01");
            merge.apply(newerFirst ? newer : older);
            merge.apply(newerFirst ? older : newer);
            assertThat(only(merge).h1bVisa()).isEqualTo(Fact.of(YesNoUnknown.YES, "advisor", "2025-09-01"));
            assertThat(only(merge).disagreements())
                    .containsExactly(
                            "visa_h1b: kept YES (source advisor, as of 2025-09-01) over NO (source freida, as of 2025-03-28)");
        }
    }

    @Test
    void aSourceThatSaysNothingNeverErasesAKnownFact() {
        CatalogMerge merge = new CatalogMerge(List.of(), RULES);
        merge.apply(listing(ID, "NYU", "New York", "eras", "2025-06"));
        merge.apply(fact(Attribute.FIRST_YEAR_POSITIONS, 95, "freida", "2025-03-28"));
        merge.apply(new ProgramUpdate(
                4,
                ID,
                Optional.empty(),
                List.of(new AttributeFact(
                        ID, Attribute.FIRST_YEAR_POSITIONS, new Fact<>(Optional.empty(), "advisor", "2025-09-01")))));
        assertThat(only(merge).firstYearPositions()).isEqualTo(Fact.of(95, "freida", "2025-03-28"));
    }

    @Test
    void aFactForAProgramNotInTheCatalogIsAProblem() {
        CatalogMerge merge = new CatalogMerge(List.of(), RULES);
        assertThat(merge.apply(fact(Attribute.MAX_ATTEMPTS, 2, "advisor", "2025-09-01")))
                .hasValueSatisfying(p -> assertThat(p.field()).isEqualTo("line 3, column acgme_program_id"));
    }
}
