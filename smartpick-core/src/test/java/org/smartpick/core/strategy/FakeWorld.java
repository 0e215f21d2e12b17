package org.smartpick.core.strategy;

import static org.smartpick.core.program.ProgramBuilder.aProgram;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Target;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Specialty;
import org.smartpick.core.program.YesNoUnknown;
import org.smartpick.core.reference.MatchOutcome;
import org.smartpick.core.reference.ReferenceData;

/**
 * A small catalog and a fake {@link ListEvaluator} standing in for the real pipeline: a program is open when the
 * applicant needs no visa, accepts J-1 and the program does not deny it, or accepts H-1B, has passed Step 3 and the
 * program sponsors H-1B. Each open program's chance grows with Step 3, hands-on months, specialty research and
 * letters, and the list holds every open program in a target specialty (outcomes independent).
 */
final class FakeWorld {
    record FakeProgram(Program program, double baseP) {}

    static final List<FakeProgram> PROGRAMS = List.of(
            fake(
                    "1301100001",
                    "130",
                    "Genetics Academic A",
                    Fact.of(YesNoUnknown.YES, "acgme", "2025-09-01"),
                    Fact.unknown(),
                    0.03),
            fake("1303500002", "130", "Genetics Academic B", Fact.unknown(), Fact.unknown(), 0.03),
            fake(
                    "7653500003",
                    "765",
                    "Peds/Genetics C",
                    Fact.of(YesNoUnknown.YES, "eras", "2024-01-15"),
                    Fact.unknown(),
                    0.04),
            fake(
                    "3203500004",
                    "320",
                    "Pediatrics D",
                    Fact.of(YesNoUnknown.YES, "freida", "2025-03-28"),
                    Fact.of(YesNoUnknown.YES, "freida", "2025-03-28"),
                    0.12),
            fake(
                    "1403500005",
                    "140",
                    "Internal Medicine E",
                    Fact.of(YesNoUnknown.YES, "freida", "2025-03-28"),
                    Fact.of(YesNoUnknown.NO, "freida", "2025-03-28"),
                    0.15),
            fake(
                    "1403600006",
                    "140",
                    "Internal Medicine F",
                    Fact.of(YesNoUnknown.NO, "freida", "2025-03-28"),
                    Fact.of(YesNoUnknown.YES, "freida", "2025-03-28"),
                    0.15),
            fake(
                    "1403600007",
                    "140",
                    "Internal Medicine G",
                    Fact.of(YesNoUnknown.YES, "freida", "2025-03-28"),
                    Fact.of(YesNoUnknown.UNKNOWN, "freida", "2025-03-28"),
                    0.10));

    private FakeWorld() {}

    private static FakeProgram fake(
            String id, String code, String name, Fact<YesNoUnknown> j1, Fact<YesNoUnknown> h1b, double p) {
        Program program = aProgram()
                .id(id)
                .name(name)
                .institution(name + " Hospital")
                .city("City")
                .specialty(code, code)
                .j1Visa(j1)
                .h1bVisa(h1b)
                .build();
        return new FakeProgram(program, p);
    }

    static Catalog catalog() {
        List<Specialty> specialties = List.of(
                new Specialty("130", "Medical Genetics and Genomics", ApplicationCycle.FELLOWSHIP_JULY),
                new Specialty("140", "Internal Medicine", ApplicationCycle.RESIDENCY_SEPTEMBER),
                new Specialty("320", "Pediatrics", ApplicationCycle.RESIDENCY_SEPTEMBER),
                new Specialty("765", "Pediatrics/Medical Genetics", ApplicationCycle.RESIDENCY_SEPTEMBER),
                new Specialty("766", "Internal Medicine/Medical Genetics", ApplicationCycle.RESIDENCY_SEPTEMBER));
        List<MatchOutcome> outcomes = List.of(
                new MatchOutcome(
                        2025, "Pediatrics-Medical Genetics", Optional.of("765"), ApplicantType.NON_US_IMG, 21, 5),
                new MatchOutcome(2025, "Medicine-Medical Genetics", Optional.of("766"), ApplicantType.NON_US_IMG, 6, 5),
                new MatchOutcome(
                        2025,
                        "Internal Medicine (Categorical)",
                        Optional.of("140"),
                        ApplicantType.NON_US_IMG,
                        7630,
                        3573),
                new MatchOutcome(
                        2025, "Pediatrics (Categorical)", Optional.of("320"), ApplicantType.NON_US_IMG, 1174, 590),
                new MatchOutcome(
                        2025, "Internal Medicine (Categorical)", Optional.of("140"), ApplicantType.US_MD, 4522, 3782));
        ReferenceData reference = new ReferenceData(specialties, outcomes, List.of(), List.of(), List.of(), List.of());
        return new Catalog(PROGRAMS.stream().map(FakeProgram::program).toList(), reference);
    }

    /** The fake pipeline; counts its calls. */
    static final class Evaluator implements ListEvaluator {
        int calls;

        @Override
        public ListOutcome evaluate(Profile profile) {
            calls++;
            List<String> ids = new ArrayList<>();
            double missAll = 1;
            double missGoal = 1;
            for (FakeProgram f : PROGRAMS) {
                Optional<Target> target = profile.targets().stream()
                        .filter(t -> t.specialtyCode().equals(f.program().specialtyCode()))
                        .findFirst();
                if (target.isEmpty() || !open(profile, f.program())) {
                    continue;
                }
                double p = Math.min(0.9, f.baseP() * strength(profile));
                ids.add(f.program().id());
                missAll *= 1 - p;
                if (target.get().role() == TargetRole.GOAL) {
                    missGoal *= 1 - p;
                }
            }
            return new ListOutcome(1 - missAll, ids, 1 - missGoal);
        }

        @Override
        public Optional<ListOutcome> evaluateList(Profile profile, ListOutcome list) {
            double missAll = 1;
            double missGoal = 1;
            for (String id : list.selectedProgramIds()) {
                FakeProgram f = PROGRAMS.stream()
                        .filter(x -> x.program().id().equals(id))
                        .findFirst()
                        .orElseThrow();
                Optional<Target> target = profile.targets().stream()
                        .filter(t -> t.specialtyCode().equals(f.program().specialtyCode()))
                        .findFirst();
                if (target.isEmpty() || !open(profile, f.program())) {
                    return Optional.empty();
                }
                double p = Math.min(0.9, f.baseP() * strength(profile));
                missAll *= 1 - p;
                if (target.get().role() == TargetRole.GOAL) {
                    missGoal *= 1 - p;
                }
            }
            return Optional.of(new ListOutcome(1 - missAll, list.selectedProgramIds(), 1 - missGoal));
        }

        private static boolean open(Profile profile, Program program) {
            if (!profile.visa().needsSponsorship()) {
                return true;
            }
            boolean j1 = profile.visa().accepts().contains(VisaType.J1)
                    && program.j1Visa().value().orElse(YesNoUnknown.UNKNOWN) != YesNoUnknown.NO;
            boolean h1b = profile.visa().accepts().contains(VisaType.H1B)
                    && profile.usmle().step3().passed()
                    && program.h1bVisa().value().orElse(YesNoUnknown.UNKNOWN) == YesNoUnknown.YES;
            return j1 || h1b;
        }

        private static double strength(Profile p) {
            double us = p.applicantType().isImg() ? 1 : 5;
            return us
                    * (1
                            + (p.usmle().step3().passed() ? 0.3 : 0)
                            + 0.08 * p.usClinicalExperience().handsOnMonths()
                            + 0.1 * p.research().inSpecialty()
                            + 0.1 * p.letters().fromSpecialty());
        }
    }
}
