package org.smartpick.core.pathways;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.smartpick.core.program.ProgramBuilder.aProgram;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.smartpick.core.common.CsvTable;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.Program;

class PathwaysTest {
    private static final String HEADER =
            "family,specialty_code,role,default_utility,family_program,description,source_url\n";

    @Test
    void shippedGeneticsFamilyHasGoalTracksPathwaysAndFamilyCodes() throws IOException {
        Pathways pathways = shipped();
        assertThat(pathways.family("genetics"))
                .extracting(PathwayTrack::specialtyCode, PathwayTrack::role)
                .contains(
                        tuple("130", PathwayRole.GOAL),
                        tuple("765", PathwayRole.GOAL),
                        tuple("766", PathwayRole.GOAL),
                        tuple("320", PathwayRole.PATHWAY),
                        tuple("140", PathwayRole.PATHWAY));
        assertThat(pathways.familyProgramCodes("genetics")).containsExactly("130", "131", "754", "756", "765", "766");
        assertThat(pathways.findTrack("genetics", "320").map(PathwayTrack::defaultUtility))
                .contains(OptionalDouble.of(0.6));
    }

    @Test
    void anotherFamilyIsOnlyMoreRows() {
        Pathways pathways = Pathways.from(CsvTable.parse(HEADER
                        + "cardiology,141,GOAL,1.0,true,Cardiovascular disease fellowship,\n"
                        + "cardiology,140,PATHWAY,0.7,false,Internal Medicine first,\n"))
                .value()
                .orElseThrow();
        assertThat(pathways.familyProgramCodes("cardiology")).containsExactly("141");
        assertThat(pathways.family("genetics")).isEmpty();
    }

    @Test
    void badRowsAreReportedByLineAndColumn() {
        Parsed<Pathways> parsed = Pathways.from(
                CsvTable.parse(HEADER + "genetics,32,STEP,2,maybe,,\n" + "genetics,320,PATHWAY,,false,,\n"));
        assertThat(parsed.problems())
                .containsExactly(
                        new Problem("line 2, column specialty_code", "must be a 3-digit ACGME code"),
                        new Problem("line 2, column role", "must be GOAL, PATHWAY or LINK"),
                        new Problem("line 2, column default_utility", "must be blank or a number in (0, 1]"),
                        new Problem("line 2, column family_program", "must be true or false"),
                        new Problem("line 3, column default_utility", "is required for GOAL and PATHWAY rows"));
        assertThat(parsed.value().orElseThrow().tracks()).isEmpty();
    }

    @Test
    void corePediatricsAtAnInstitutionRunningGeneticsIsLinkedWithTheReason() throws IOException {
        List<Program> programs = List.of(
                program("3204821232", "320", "Pediatrics", "Baylor College of Medicine (Houston)", "Houston", "TX"),
                program(
                        "7654844016",
                        "765",
                        "Pediatrics/Medical Genetics",
                        "Baylor College of Medicine",
                        "Houston",
                        "TX"),
                program(
                        "1314831004",
                        "131",
                        "Medical Biochemical Genetics",
                        "Baylor College of Medicine",
                        "Houston",
                        "TX"),
                program(
                        "1404813534",
                        "140",
                        "Internal Medicine",
                        "Houston Methodist Hospital (Medical Center)",
                        "Houston",
                        "TX"),
                program(
                        "1904812032",
                        "190",
                        "Molecular Genetic Pathology",
                        "Houston Methodist Hospital",
                        "Houston",
                        "TX"),
                program(
                        "1400121022",
                        "140",
                        "Internal Medicine",
                        "University of Alabama Medical Center (Birmingham) Program",
                        "Birmingham",
                        "AL"),
                program(
                        "7650144013",
                        "765",
                        "Pediatrics/Medical Genetics",
                        "University of Alabama Hospital (Birmingham)",
                        "Birmingham",
                        "AL"),
                program("1400121020", "140", "Internal Medicine", "Baptist Health", "Birmingham", "AL"));
        List<InstitutionLink> links = InstitutionLinks.find(programs, shipped(), "genetics");
        assertThat(links)
                .containsExactly(
                        new InstitutionLink(
                                "1400121022",
                                List.of("7650144013"),
                                "the institution also runs genetics training: "
                                        + "Pediatrics/Medical Genetics 7650144013 (same city Birmingham, AL and shared name word 'alabama')"),
                        new InstitutionLink(
                                "3204821232",
                                List.of("1314831004", "7654844016"),
                                "the institution also runs genetics "
                                        + "training: Medical Biochemical Genetics 1314831004 (same institution name); "
                                        + "Pediatrics/Medical Genetics 7654844016 (same institution name)"));
    }

    private static Pathways shipped() throws IOException {
        Parsed<Pathways> parsed = Pathways.from(
                CsvTable.parse(Files.readString(Path.of("../data/policy/pathways.csv"), StandardCharsets.UTF_8)));
        assertThat(parsed.problems()).isEmpty();
        return parsed.value().orElseThrow();
    }

    private static Program program(String id, String code, String specialty, String name, String city, String state) {
        return aProgram()
                .id(id)
                .name(name)
                .institution(null)
                .city(city)
                .state(state)
                .specialty(code, specialty)
                .build();
    }
}
