package org.smartpick.app.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.smartpick.core.program.ProgramBuilder.aProgram;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.smartpick.app.importing.InterviewRateJoin.JoinResult;
import org.smartpick.app.importing.InterviewRateJoin.Joined;
import org.smartpick.app.importing.InterviewRateJoin.NameEvidence;
import org.smartpick.app.importing.InterviewRateJoin.Reason;
import org.smartpick.app.importing.InterviewRateJoin.Rule;
import org.smartpick.app.importing.InterviewRateJoin.Unjoined;
import org.smartpick.app.importing.InterviewRateRow.Rates;
import org.smartpick.app.importing.InterviewRateRow.SignalSystem;
import org.smartpick.app.importing.InterviewRateRow.Signals;
import org.smartpick.core.program.Program;

/** The join rules one by one, on small hand-made catalogs modelled on rows of the 2024 file. */
class InterviewRateJoinTest {

    @Test
    void joinsOnTheSameNormalisedNameCityAndState() {
        InterviewRateRow row = row(2, "300", "Saint Louis Univ. Hosp & Clinics Residency Program", "St. Louis", "MO");
        Program program = program("3002821000", "St Louis University Hospital and Clinics", "Saint Louis", "MO");

        JoinResult result = InterviewRateJoin.join(List.of(row), List.of(program));

        assertThat(result.joined()).containsExactly(new Joined(row, "3002821000", Rule.NAME_CITY));
        assertThat(result.unjoined()).isEmpty();
    }

    @Test
    void aSponsorsSitesInDifferentCitiesAreToldApartByCity() {
        InterviewRateRow elkin = row(2, "120", "Campbell University Program", "Elkin", "NC");
        InterviewRateRow lumberton = row(3, "120", "Campbell University Program", "Lumberton", "NC");
        List<Program> catalog = List.of(
                program("1203600001", "Campbell University", "Elkin", "NC"),
                program("1203600667", "Campbell University", "Lumberton", "NC"));

        JoinResult result = InterviewRateJoin.join(List.of(elkin, lumberton), catalog);

        assertThat(result.joined())
                .containsExactly(
                        new Joined(elkin, "1203600001", Rule.NAME_CITY),
                        new Joined(lumberton, "1203600667", Rule.NAME_CITY));
    }

    @Test
    void aNameSharedBySeveralRowsOfTheStateNeverJoinsAProgramInAnotherCity() {
        InterviewRateRow elkin = row(2, "120", "Campbell University Program", "Elkin", "NC");
        InterviewRateRow lumberton = row(3, "120", "Campbell University Program", "Lumberton", "NC");

        JoinResult result = InterviewRateJoin.join(
                List.of(elkin, lumberton), List.of(program("1203600667", "Campbell University", "Lumberton", "NC")));

        assertThat(result.joined()).containsExactly(new Joined(lumberton, "1203600667", Rule.NAME_CITY));
        assertThat(result.unjoined())
                .extracting(Unjoined::row, Unjoined::reason)
                .containsExactly(tuple(elkin, Reason.NO_NAME_MATCH));
    }

    @Test
    void aUniqueNameJoinsItsProgramInAnotherCityOfTheState() {
        InterviewRateRow row =
                row(2, "300", "University of California (San Diego) Medical Center Program", "La Jolla", "CA");

        JoinResult result = InterviewRateJoin.join(
                List.of(row),
                List.of(program(
                        "3000521040", "University of California (San Diego) Medical Center", "San Diego", "CA")));

        assertThat(result.joined()).containsExactly(new Joined(row, "3000521040", Rule.NAME_STATE));
    }

    @Test
    void aBrooklynRowJoinsTheBrooklynSiteNotTheSponsorsProgramInAnotherCity() {
        InterviewRateRow row = row(2, "440", "NYU Grossman School of Medicine Program", "Brooklyn", "NY");
        List<Program> catalog = List.of(
                program("4403521000", "NYU Grossman School of Medicine", "New York", "NY"),
                program("4403500445", "NYU Grossman School of Medicine (Brooklyn)", "Brooklyn", "NY"));

        JoinResult result = InterviewRateJoin.join(List.of(row), catalog);

        assertThat(result.joined()).containsExactly(new Joined(row, "4403500445", Rule.NAME_WITHOUT_SITE_CITY));
    }

    @Test
    void aParenthesisedSiteThatIsNotTheCityNamesAnotherProgram() {
        InterviewRateRow caldwell = row(
                2, "120", "Full Circle Health/Family Medicine Residency of Idaho (Caldwell) Program", "Boise", "ID");

        JoinResult result = InterviewRateJoin.join(
                List.of(caldwell),
                List.of(
                        program(
                                "1201511097",
                                "Full Circle Health/Family Medicine Residency of Idaho (Boise)",
                                "Boise",
                                "ID"),
                        program(
                                "1201521588",
                                "Full Circle Health/Family Medicine Residency of Idaho (Caldwell)",
                                "Caldwell",
                                "ID")));

        assertThat(result.joined()).containsExactly(new Joined(caldwell, "1201521588", Rule.NAME_STATE));
    }

    @Test
    void twoProgramsOfTheSponsorInTheRowsCityJoinNeither() {
        InterviewRateRow row =
                row(2, "400", "Mountain Area Health Education Center (Asheville) Program", "Asheville", "NC");
        List<Program> catalog = List.of(
                program("4003600001", "Mountain Area Health Education Center", "Asheville", "NC"),
                program("4003600173", "Mountain Area Health Education Center", "Asheville", "NC"));

        JoinResult result = InterviewRateJoin.join(List.of(row), catalog);

        assertThat(result.joined()).isEmpty();
        assertThat(result.unjoined())
                .containsExactly(new Unjoined(
                        row,
                        Reason.AMBIGUOUS,
                        "2 candidates by name without "
                                + "parenthesised site+city+state: 4003600001 (Mountain Area Health Education Center, Asheville), 4003600173 "
                                + "(Mountain Area Health Education Center, Asheville); not joined"));
    }

    @Test
    void aNameThatMatchesOnlyAProgramOfAnotherSpecialtyDoesNotJoin() {
        InterviewRateRow pediatrics = row(2, "320", "Albany Medical Center Program", "Albany", "NY");
        List<Program> catalog = List.of(
                program("3003521219", "Albany Medical Center", "Albany", "NY"),
                program("3203500426", "Good Samaritan Hospital Medical Center", "West Islip", "NY"));

        JoinResult result = InterviewRateJoin.join(List.of(pediatrics), catalog);

        assertThat(result.joined()).isEmpty();
        assertThat(result.unjoined())
                .containsExactly(new Unjoined(
                        pediatrics,
                        Reason.NO_NAME_MATCH,
                        "no program of specialty 320 in NY with this name (1 of the specialty in NY, 0 in Albany)"));
    }

    @Test
    void aSpecialtyWithoutProgramsInTheStateSaysSo() {
        InterviewRateRow row = row(2, "220", "Baylor College of Medicine Program", "Houston", "TX");

        JoinResult result = InterviewRateJoin.join(
                List.of(row), List.of(program("1404821000", "Baylor College of Medicine", "Houston", "TX")));

        assertThat(result.unjoined())
                .containsExactly(new Unjoined(
                        row,
                        Reason.NO_PROGRAM_OF_SPECIALTY_IN_STATE,
                        "the catalog has no program of specialty 220 in TX"));
    }

    @Test
    void anIdHintThatDisagreesWithTheNameJoinsNeither() {
        InterviewRateRow bayCity =
                row(2, "140", "McLaren Health Care Corporation Program", "Bay City", "MI", "1402500001");
        List<Program> catalog = List.of(
                program("1402500001", "McLaren Health Care Corporation", "Port Huron", "MI"),
                program("1402500002", "McLaren Health Care Corporation", "Bay City", "MI"));

        JoinResult result = InterviewRateJoin.join(List.of(bayCity), catalog);

        assertThat(result.joined()).isEmpty();
        assertThat(result.unjoined())
                .containsExactly(new Unjoined(
                        bayCity,
                        Reason.ID_HINT_DISAGREES,
                        "id hint 1402500001 (McLaren Health Care Corporation, Port Huron) disagrees with exact name+city+state: "
                                + "1402500002 (McLaren Health Care Corporation, Bay City); not joined"));
    }

    @Test
    void anIdHintThatAgreesWithTheNameJoinsByTheNameRule() {
        InterviewRateRow row =
                row(2, "140", "McLaren Health Care Corporation Program", "Port Huron", "MI", "1402500001");

        JoinResult result = InterviewRateJoin.join(
                List.of(row), List.of(program("1402500001", "McLaren Health Care Corporation", "Port Huron", "MI")));

        assertThat(result.joined()).containsExactly(new Joined(row, "1402500001", Rule.NAME_CITY));
    }

    @Test
    void anIdHintJoinsARenamedProgramThatNoNameMatches() {
        InterviewRateRow row =
                row(2, "140", "Suburban Community Hospital Program", "East Norriton", "PA", "1404100904");

        JoinResult result = InterviewRateJoin.join(
                List.of(row),
                List.of(program(
                        "1404100904", "New York Medical College/Roxborough Memorial Hospital", "Philadelphia", "PA")));

        assertThat(result.joined()).containsExactly(new Joined(row, "1404100904", Rule.ID_HINT));
    }

    @Test
    void anIdHintOfAProgramInAnotherStateOrMissingJoinsNeither() {
        InterviewRateRow soldotna = row(
                2,
                "140",
                "University of Washington School of Medicine (Soldotna) Program",
                "Soldotna",
                "AK",
                "1400200001");
        InterviewRateRow closed = row(3, "140", "Closed Hospital Program", "Dayton", "OH", "1403800099");

        JoinResult result = InterviewRateJoin.join(
                List.of(soldotna, closed),
                List.of(program(
                        "1400200001", "University of Washington School of Medicine (Soldotna)", "Seattle", "WA")));

        assertThat(result.unjoined())
                .extracting(Unjoined::reason)
                .containsExactly(Reason.ID_HINT_DISAGREES, Reason.ID_HINT_NOT_IN_CATALOG);
    }

    @Test
    void twoRowsThatMatchOneProgramJoinNeither() {
        InterviewRateRow site = row(2, "440", "UPMC Medical Education (Harrisburg) Program", "Harrisburg", "PA");
        InterviewRateRow sponsor = row(3, "440", "UPMC Medical Education Program", "Harrisburg", "PA");

        JoinResult result = InterviewRateJoin.join(
                List.of(site, sponsor), List.of(program("4404100002", "UPMC Medical Education", "Harrisburg", "PA")));

        assertThat(result.joined()).isEmpty();
        assertThat(result.unjoined()).extracting(Unjoined::reason).containsExactly(Reason.CONFLICT, Reason.CONFLICT);
        assertThat(result.unjoined().get(0).explanation())
                .isEqualTo("lines 2, 3 all match program 4404100002; a program takes one row, so none is joined");
    }

    @Test
    void aNameTheIdHadInAnotherSourceJoinsInItsCity() {
        InterviewRateRow row = row(2, "040", "University of Alabama Medical Center Program", "Birmingham", "AL");
        Program program = program("0400121010", "University of Alabama Hospital (Birmingham)", "Birmingham", "AL");
        NameEvidence evidence = new NameEvidence(
                List.of(new ProgramAlias(
                        "0400121010",
                        "University of Alabama Medical Center Program",
                        "Birmingham",
                        "AL",
                        "Residency Explorer 2021")),
                List.of());

        JoinResult result = InterviewRateJoin.join(List.of(row), List.of(program), evidence);

        assertThat(result.joined()).containsExactly(new Joined(row, "0400121010", Rule.OTHER_NAME_OF_ID_CITY));
    }

    @Test
    void aNameTheIdHadInAnotherStateIsNotUsed() {
        InterviewRateRow row = row(2, "140", "HCA Healthcare Kansas City Program", "Overland Park", "KS");
        Program program = program("1401900141", "Overland Park Regional Medical Center", "Overland Park", "KS");
        NameEvidence evidence = new NameEvidence(
                List.of(new ProgramAlias(
                        "1401900141",
                        "HCA Healthcare Kansas City Program",
                        "Kansas City",
                        "MO",
                        "Residency Explorer 2021")),
                List.of());

        assertThat(InterviewRateJoin.join(List.of(row), List.of(program), evidence)
                        .joined())
                .isEmpty();
    }

    @Test
    void aSponsorNameJoinedByIdInOneSpecialtyJoinsAnotherSpecialtyInTheSameCity() {
        InterviewRateRow medicine =
                row(2, "140", "Wake Forest University Baptist Medical Center Program", "Winston-Salem", "NC");
        InterviewRateRow dermatology =
                row(3, "080", "Wake Forest University Baptist Medical Center Program", "Winston Salem", "NC");
        InterviewRateRow elsewhere =
                row(4, "080", "Wake Forest University Baptist Medical Center Program", "Elkin", "NC");
        List<Program> catalog = List.of(
                program("1403621325", "Wake Forest University School of Medicine", "Winston-Salem", "NC"),
                program("0803621110", "Wake Forest University School of Medicine", "Winston-Salem", "NC"),
                program("0803600001", "Wake Forest University School of Medicine", "Elkin", "NC"));
        NameEvidence evidence = new NameEvidence(
                List.of(new ProgramAlias(
                        "1403621325",
                        "Wake Forest University Baptist Medical Center Program",
                        "Winston-Salem",
                        "NC",
                        "FREIDA 2025")),
                List.of());

        JoinResult result = InterviewRateJoin.join(List.of(medicine, dermatology, elsewhere), catalog, evidence);

        assertThat(result.joined())
                .containsExactly(
                        new Joined(medicine, "1403621325", Rule.OTHER_NAME_OF_ID_CITY),
                        new Joined(dermatology, "0803621110", Rule.SPONSOR_NAME_FROM_OTHER_SPECIALTY_CITY));
        assertThat(result.unjoined()).extracting(Unjoined::row).containsExactly(elsewhere);
    }

    @Test
    void aRenamedSponsorOfTheStateJoinsInTheSameCity() {
        InterviewRateRow northColorado =
                row(2, "120", "Centura Health Corporation/St Anthony Hospital North Program", "Westminster", "CO");
        InterviewRateRow otherState =
                row(3, "120", "Centura Health Corporation/St Anthony Hospital North Program", "Westminster", "CA");
        List<Program> catalog = List.of(
                program(
                        "1200712069",
                        "CommonSpirit Mountain Region/St Anthony Hospital North Program",
                        "Westminster",
                        "CO"),
                program(
                        "1200512069",
                        "CommonSpirit Mountain Region/St Anthony Hospital North Program",
                        "Westminster",
                        "CA"));
        NameEvidence evidence = new NameEvidence(
                List.of(),
                List.of(new SameSponsor(
                        "CO",
                        "Centura Health Corporation",
                        "CommonSpirit Mountain Region",
                        "Centura Health was dissolved in 2023")));

        JoinResult result = InterviewRateJoin.join(List.of(northColorado, otherState), catalog, evidence);

        assertThat(result.joined())
                .containsExactly(new Joined(northColorado, "1200712069", Rule.SAME_SPONSOR_RENAMED_CITY));
        assertThat(result.unjoined()).extracting(Unjoined::row).containsExactly(otherState);
    }

    @Test
    void aSiteSegmentAddedByTheCatalogJoinsInTheSameCity() {
        InterviewRateRow row = row(
                2,
                "140",
                "HCA Florida Healthcare/USF Morsani College of Medicine GME Brandon Hospital Program",
                "Brandon",
                "FL");
        List<Program> catalog = List.of(
                program(
                        "1401100940",
                        "HCA Florida Healthcare/USF Morsani College of Medicine GME - Tampa South/Brandon Hospital Program",
                        "Brandon",
                        "FL"),
                program(
                        "1401100946",
                        "HCA Florida Healthcare/USF Morsani College of Medicine GME - Tampa South/Largo Hospital Program",
                        "Largo",
                        "FL"));

        JoinResult result = InterviewRateJoin.join(List.of(row), catalog);

        assertThat(result.joined()).containsExactly(new Joined(row, "1401100940", Rule.ONE_EXTRA_PHRASE_CITY));
    }

    @Test
    void anotherUniversityOfTheSameWordsDoesNotJoin() {
        InterviewRateRow row =
                row(2, "120", "University of Florida College of Medicine Program", "Miramar Beach", "FL");

        JoinResult result = InterviewRateJoin.join(
                List.of(row),
                List.of(program(
                        "1201100004", "Florida State University College of Medicine Program", "Miramar Beach", "FL")));

        assertThat(result.joined()).isEmpty();
    }

    @Test
    void aRowOfAProgramOnlyAnotherSourceListsJoinsItsIdOutsideTheCatalogAndGivesNoFacts() {
        InterviewRateRow row = row(2, "220", "Abington Memorial Hospital Program", "Abington", "PA");
        Program otherSpecialty = program("1404111204", "Abington Memorial Hospital", "Abington", "PA");
        NameEvidence evidence = new NameEvidence(
                List.of(new ProgramAlias(
                        "2204111025",
                        "Abington Memorial Hospital Program",
                        "Abington",
                        "PA",
                        "Residency Explorer 2021")),
                List.of());

        JoinResult result = InterviewRateJoin.join(List.of(row), List.of(otherSpecialty), evidence);

        assertThat(result.joined()).isEmpty();
        assertThat(result.outsideCatalog()).containsExactly(new Joined(row, "2204111025", Rule.NAME_CITY));
        assertThat(result.total()).isEqualTo(new InterviewRateJoin.Count(1, 1));
        assertThat(result.inCatalog()).isEqualTo(new InterviewRateJoin.Count(0, 1));
        assertThat(InterviewRateFacts.updates(result, "eras-interview-rates", "2024-10-18"))
                .isEmpty();
    }

    @Test
    void aCatalogProgramAndAnotherSourcesProgramOfTheSameNameInOneCityJoinNeither() {
        InterviewRateRow row = row(2, "120", "Virtua Program", "Voorhees", "NJ");
        Program catalogProgram = program("1203300002", "Virtua", "Voorhees", "NJ");
        NameEvidence evidence = new NameEvidence(
                List.of(new ProgramAlias("1203312667", "Virtua Program", "Voorhees", "NJ", "Residency Explorer 2021")),
                List.of());

        JoinResult result = InterviewRateJoin.join(List.of(row), List.of(catalogProgram), evidence);

        assertThat(result.joined()).isEmpty();
        assertThat(result.outsideCatalog()).isEmpty();
        assertThat(result.unjoined()).extracting(Unjoined::reason).containsExactly(Reason.AMBIGUOUS);
    }

    @Test
    void anIdOutsideTheCatalogStaysInTheSpecialtyItsDigitsName() {
        InterviewRateRow row = row(2, "140", "Naval Medical Center (San Diego) Program", "San Diego", "CA");
        NameEvidence evidence = new NameEvidence(
                List.of(new ProgramAlias(
                        "4000521253",
                        "Naval Medical Center (San Diego) Program",
                        "San Diego",
                        "CA",
                        "Residency Explorer 2021")),
                List.of());

        JoinResult result = InterviewRateJoin.join(List.of(row), List.of(), evidence);

        assertThat(result.outsideCatalog()).isEmpty();
        assertThat(result.unjoined())
                .extracting(Unjoined::reason)
                .containsExactly(Reason.NO_PROGRAM_OF_SPECIALTY_IN_STATE);
    }

    @Test
    void theSameRowsGiveTheSameResultInLineOrder() {
        List<InterviewRateRow> rows = List.of(
                row(3, "120", "Campbell University Program", "Lumberton", "NC"),
                row(2, "120", "Campbell University Program", "Elkin", "NC"));
        List<Program> catalog = List.of(program("1203600667", "Campbell University", "Lumberton", "NC"));

        JoinResult first = InterviewRateJoin.join(rows, catalog);

        assertThat(InterviewRateJoin.join(List.of(rows.get(1), rows.get(0)), catalog))
                .isEqualTo(first);
        assertThat(first.unjoined()).extracting(u -> u.row().line()).containsExactly(2L);
    }

    static InterviewRateRow row(long line, String code, String name, String city, String state) {
        return row(line, code, name, city, state, null);
    }

    static InterviewRateRow row(long line, String code, String name, String city, String state, String idHint) {
        Rates rates = new Rates(
                Optional.of(0.2),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
        return new InterviewRateRow(
                line,
                code,
                "Specialty " + code,
                name,
                city,
                state,
                Optional.ofNullable(idHint),
                new Signals(SignalSystem.SINGLE, OptionalInt.of(5), OptionalInt.empty(), OptionalInt.empty()),
                rates);
    }

    static Program program(String id, String name, String city, String state) {
        return aProgram()
                .id(id)
                .name(name)
                .institution(InstitutionName.normalise(name))
                .city(city)
                .state(state)
                .specialty(id.substring(0, 3), "Specialty")
                .build();
    }
}
