package org.smartpick.core.chance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.ClinicalExperience;
import org.smartpick.core.applicant.ExamResult;
import org.smartpick.core.applicant.Letters;
import org.smartpick.core.applicant.Preferences;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Research;
import org.smartpick.core.applicant.SpecialtyExperience;
import org.smartpick.core.applicant.Step1;
import org.smartpick.core.applicant.Step2ck;
import org.smartpick.core.applicant.Step3;
import org.smartpick.core.applicant.Target;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.applicant.Usmle;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.common.KeyValues;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Track;
import org.smartpick.core.program.YesNoUnknown;
import org.smartpick.core.reference.MatchOutcome;

/** Shipped data files read for tests (the app reads them through its own readers), and small builders. */
public final class TestData {
    /** The shipped data directory, seen from the repository root (the data tools) or a module directory (tests). */
    public static final Path DATA =
            Files.isDirectory(Path.of("data", "model")) ? Path.of("data") : Path.of("..", "data");

    public static final Path PARAMETERS = DATA.resolve("model/chance-model-v1.properties");
    private static final Path NRMP = DATA.resolve("nrmp_2025_main_match_pgy1_by_specialty_applicant_type.csv");

    private TestData() {}

    public static ModelParameters parameters() {
        try {
            Parsed<ModelParameters> parsed =
                    ModelParameters.from(KeyValues.parse(Files.readString(PARAMETERS, StandardCharsets.UTF_8)));
            if (!parsed.problems().isEmpty()) {
                throw new IllegalStateException(parsed.problems().toString());
            }
            return parsed.value().orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The NRMP 2025 table, one outcome per specialty row and applicant type (codes come from the parameter cells). */
    public static List<MatchOutcome> nrmpOutcomes() {
        try {
            List<String> lines = Files.readAllLines(NRMP, StandardCharsets.UTF_8);
            List<MatchOutcome> outcomes = new ArrayList<>();
            ApplicantType[] types = {
                ApplicantType.US_MD, ApplicantType.US_DO, ApplicantType.US_IMG, ApplicantType.NON_US_IMG
            };
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split(",");
                for (int t = 0; t < types.length; t++) {
                    outcomes.add(new MatchOutcome(
                            2025,
                            f[0],
                            Optional.empty(),
                            types[t],
                            Integer.parseInt(f[1 + 2 * t]),
                            Integer.parseInt(f[2 + 2 * t])));
                }
            }
            return outcomes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The example persona: a non-US IMG, 2021 graduate, Step 2 CK 236, J-1 or H-1B, genetics goals. */
    public static Profile persona() {
        return personaWithStep2(236);
    }

    /** The persona with another Step 2 CK score. */
    public static Profile personaWithStep2(int score) {
        return new Profile(
                "persona",
                ApplicantType.NON_US_IMG,
                "EG",
                new Visa(true, List.of(VisaType.J1, VisaType.H1B)),
                2021,
                true,
                new Usmle(
                        new Step1(ExamResult.PASS, OptionalInt.of(212), 1),
                        new Step2ck(OptionalInt.of(score), 1),
                        Step3.notTaken()),
                new ClinicalExperience(3, 4),
                new SpecialtyExperience("Medical Genetics and Genomics", 8, List.of()),
                new Research(1, 2, 2, 3),
                new Letters(4, 3, 2),
                List.of(),
                0,
                List.of(new Target("765", TargetRole.GOAL, null), new Target("140", TargetRole.PATHWAY, null)),
                new Preferences(List.of("NY", "NJ"), List.of()),
                null);
    }

    /** A categorical program with the given facts; others unknown. */
    public static Program program(
            String id,
            String code,
            String state,
            YesNoUnknown j1,
            YesNoUnknown h1b,
            Double imgSharePct,
            Integer positions,
            Integer interviews) {
        return new Program(
                id,
                "Program " + id,
                "",
                "",
                state,
                code,
                "",
                Track.CATEGORICAL,
                ApplicationCycle.RESIDENCY_SEPTEMBER,
                fact(positions),
                Fact.unknown(),
                Fact.of(j1, "test", "2025-03-01"),
                Fact.of(h1b, "test", "2025-03-01"),
                Fact.unknown(),
                fact(imgSharePct),
                fact(interviews),
                Fact.unknown(),
                Fact.unknown(),
                Fact.unknown(),
                "",
                List.of());
    }

    /** The program with a stated 2024 interview rate for non-US IMGs and a residents' Step 1 band (null: unknown). */
    public static Program withRateAndBand(Program p, Double nonUsImgRate, String step1Band) {
        var u = Fact.<Double>unknown();
        var rates = new org.smartpick.core.program.InterviewRates(u, u, u, fact(nonUsImgRate), u, u, u, u);
        var selectivity = new org.smartpick.core.program.Selectivity(
                Fact.unknown(), Fact.unknown(), fact(step1Band), Fact.unknown(), Fact.unknown(), Fact.unknown());
        return new Program(
                p.id(),
                p.name(),
                p.institution(),
                p.city(),
                p.state(),
                p.specialtyCode(),
                p.specialtyName(),
                p.track(),
                p.cycle(),
                p.firstYearPositions(),
                p.setting(),
                p.j1Visa(),
                p.h1bVisa(),
                p.citizenshipRestricted(),
                p.imgSharePct(),
                p.interviewsLastYear(),
                p.minStep2Score(),
                p.maxYearsSinceGraduation(),
                p.maxAttempts(),
                p.programUrl(),
                p.disagreements(),
                p.advancedPositions(),
                p.residents(),
                rates,
                selectivity);
    }

    private static <T> Fact<T> fact(T value) {
        return value == null ? Fact.unknown() : Fact.of(value, "test", "2025-03-01");
    }
}
