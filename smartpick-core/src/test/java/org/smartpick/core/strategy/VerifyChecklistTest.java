package org.smartpick.core.strategy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartpick.core.program.ProgramBuilder.aProgram;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.YesNoUnknown;

class VerifyChecklistTest {
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 1);

    private static Program program(
            String id,
            Fact<YesNoUnknown> j1,
            Fact<YesNoUnknown> h1b,
            Fact<YesNoUnknown> citizenship,
            Fact<Integer> minStep2,
            Fact<Integer> maxYog) {
        return aProgram()
                .id(id)
                .institution("Inst")
                .city("City")
                .j1Visa(j1)
                .h1bVisa(h1b)
                .citizenshipRestricted(citizenship)
                .minStep2Score(minStep2)
                .maxYearsSinceGraduation(maxYog)
                .build();
    }

    private static <T> Fact<T> fresh(T value) {
        return Fact.of(value, "freida", "2026-03-01");
    }

    @Test
    void asksAboutUnknownVisaPolicyOnlyForVisasTheApplicantAccepts() {
        Program p = program("1403500001", Fact.unknown(), Fact.unknown(), fresh(YesNoUnknown.NO), fresh(230), fresh(5));
        List<VerifyItem> items =
                new VerifyChecklist(Personas.nonUsImgH1bReapplicant(), AS_OF, 365).checklist(List.of(p));
        assertThat(items).hasSize(1);
        assertThat(items.get(0).questions())
                .containsExactly("Does the program sponsor H-1B visas, and must Step 3 be passed first?");
    }

    @Test
    void anUnknownValueFromASourceIsStillUnknown() {
        Program p = program(
                "1403500001",
                fresh(YesNoUnknown.UNKNOWN),
                fresh(YesNoUnknown.YES),
                fresh(YesNoUnknown.NO),
                fresh(230),
                fresh(5));
        List<VerifyItem> items = new VerifyChecklist(Personas.nonUsImgGenetics(), AS_OF, 365).checklist(List.of(p));
        assertThat(items.get(0).questions()).containsExactly("Does the program sponsor J-1 visas through ECFMG?");
    }

    @Test
    void staleFactsAreReconfirmedWithTheirSourceAndDate() {
        Program p = program(
                "1403500001",
                Fact.of(YesNoUnknown.YES, "freida", "2025-03-28"),
                fresh(YesNoUnknown.YES),
                fresh(YesNoUnknown.NO),
                fresh(230),
                fresh(5));
        List<VerifyItem> items = new VerifyChecklist(Personas.nonUsImgGenetics(), AS_OF, 365).checklist(List.of(p));
        assertThat(items.get(0).questions())
                .containsExactly(
                        "Our data gives J-1 sponsorship as yes (source freida, as of 2025-03-28); is that still right?");
    }

    @Test
    void aUsGraduateIsAskedNoVisaOrGraduationYearQuestions() {
        Program p =
                program("1403500001", Fact.unknown(), Fact.unknown(), Fact.unknown(), Fact.unknown(), Fact.unknown());
        List<VerifyItem> items = new VerifyChecklist(Personas.usMdInternalMedicine(), AS_OF, 365).checklist(List.of(p));
        assertThat(items.get(0).questions()).containsExactly("Is there a minimum Step 2 CK score (yours is 241)?");
    }

    @Test
    void programsWithNothingToAskAreLeftOutAndTheRestSortedById() {
        Program known = program(
                "1403500009",
                fresh(YesNoUnknown.YES),
                fresh(YesNoUnknown.YES),
                fresh(YesNoUnknown.NO),
                fresh(230),
                fresh(5));
        Program b = program(
                "1403500005", Fact.unknown(), fresh(YesNoUnknown.YES), fresh(YesNoUnknown.NO), fresh(230), fresh(5));
        Program a = program(
                "1403500002", Fact.unknown(), fresh(YesNoUnknown.YES), fresh(YesNoUnknown.NO), fresh(230), fresh(5));
        List<VerifyItem> items =
                new VerifyChecklist(Personas.nonUsImgGenetics(), AS_OF, 365).checklist(List.of(known, b, a));
        assertThat(items).extracting(VerifyItem::programId).containsExactly("1403500002", "1403500005");
    }

    @Test
    void readsPartialDatesAndTreatsUnreadableOnesAsStale() {
        assertThat(VerifyChecklist.asOfDate("2025")).contains(LocalDate.of(2025, 1, 1));
        assertThat(VerifyChecklist.asOfDate("2025-03")).contains(LocalDate.of(2025, 3, 1));
        assertThat(VerifyChecklist.asOfDate("spring")).isEmpty();
        VerifyChecklist checklist = new VerifyChecklist(Personas.nonUsImgGenetics(), AS_OF, 365);
        assertThat(checklist.isStale(Fact.of(1, "x", "spring"))).isTrue();
        assertThat(checklist.isStale(Fact.of(1, "x", "2025-06-01"))).isFalse();
        assertThat(checklist.isStale(Fact.of(1, "x", "2025-05-31"))).isTrue();
    }
}
