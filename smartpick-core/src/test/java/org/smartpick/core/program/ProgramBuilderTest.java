package org.smartpick.core.program;

import static org.assertj.core.api.Assertions.assertThat;
import static org.smartpick.core.program.ProgramBuilder.aProgram;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgramBuilderTest {
    @Test
    void aProgramCopiedFromAnotherEqualsIt() {
        Program full = new Program(
                "3203500426",
                "Good Samaritan Program",
                "Good Samaritan Hospital",
                "West Islip",
                "NY",
                "320",
                "Pediatrics",
                Track.CATEGORICAL,
                ApplicationCycle.RESIDENCY_SEPTEMBER,
                Fact.of(12, "freida", "2025-03-28"),
                Fact.of(Setting.UNIVERSITY, "freida", "2025-03-28"),
                Fact.of(YesNoUnknown.YES, "freida", "2025-03-28"),
                Fact.of(YesNoUnknown.NO, "freida", "2025-03-28"),
                Fact.of(YesNoUnknown.NO, "page", "2025-01-01"),
                Fact.of(41.5, "freida", "2025-03-28"),
                Fact.of(120, "freida", "2025-03-28"),
                Fact.of(220, "page", "2025-01-01"),
                Fact.of(5, "page", "2025-01-01"),
                Fact.of(2, "page", "2025-01-01"),
                "https://example.org",
                List.of("positions: 11 in eras 2024"),
                Fact.of(2, "freida", "2025-03-28"),
                new ResidentMix(Fact.of(10.0, "freida", "2025-03-28"), Fact.unknown(), Fact.unknown(), Fact.unknown()),
                InterviewRates.unknown(),
                Selectivity.unknown());

        assertThat(ProgramBuilder.from(full).build()).isEqualTo(full);
    }

    @Test
    void theNameFollowsTheIdUnlessSet() {
        assertThat(aProgram().id("3203500001").build().name()).isEqualTo("Program 3203500001");
        assertThat(aProgram().id("3203500001").name("Named").build().name()).isEqualTo("Named");
    }

    @Test
    void aValueSetterStatesTheFactFromTheTestSourceAndNullLeavesItUnknown() {
        Program program = aProgram().minStep2Score(230).maxAttempts(null).build();

        assertThat(program.minStep2Score()).isEqualTo(Fact.of(230, ProgramBuilder.SOURCE, ProgramBuilder.AS_OF));
        assertThat(program.maxAttempts()).isEqualTo(Fact.unknown());
    }

    @Test
    void coreAttributesOnlyForgetsAdvancedPositionsResidentsRatesAndSelectivity() {
        Program detailed = aProgram()
                .advancedPositions(3)
                .residents(new ResidentMix(ProgramBuilder.stated(20.0), Fact.unknown(), Fact.unknown(), Fact.unknown()))
                .build();
        Program p = ProgramBuilder.from(detailed).coreAttributesOnly().build();

        assertThat(p.advancedPositions()).isEqualTo(Fact.unknown());
        assertThat(p.residents()).isEqualTo(ResidentMix.unknown());
        assertThat(p)
                .isEqualTo(ProgramBuilder.from(detailed)
                        .advancedPositions(null)
                        .residents(ResidentMix.unknown())
                        .build());
    }

    @Test
    void aSetterForOneFactOfAPartKeepsTheOtherFactsOfThatPart() {
        Program program = aProgram()
                .usMdInterviewRate(0.3)
                .nonUsImgInterviewRate(0.1)
                .residentsStep1Range("210-225")
                .matchedAvgPublications(4.5)
                .build();

        assertThat(program.interviewRates().usMd()).isEqualTo(ProgramBuilder.stated(0.3));
        assertThat(program.interviewRates().nonUsImg()).isEqualTo(ProgramBuilder.stated(0.1));
        assertThat(program.selectivity().residentsStep1Range()).isEqualTo(ProgramBuilder.stated("210-225"));
        assertThat(program.selectivity().matchedAvgPublications()).isEqualTo(ProgramBuilder.stated(4.5));
        assertThat(program.selectivity().researchIntensity()).isEqualTo(Fact.unknown());
    }
}
