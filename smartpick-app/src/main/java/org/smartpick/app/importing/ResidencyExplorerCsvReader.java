package org.smartpick.app.importing;

import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Setting;

/**
 * Reads the AAMC Residency Explorer program export ({@code aamc_residency_explorer_2021_programs.csv} format):
 * visas the program considers, who its residents are, positions, applications, the share interviewed, residents'
 * Step 1 band, graduates' careers and matched applicants' publications, all as of the source's date. Where the
 * export splits a program into NRMP tracks (C categorical, P preliminary) the categorical row speaks for the program
 * and the preliminary row's positions are not first-year categorical positions. Blank cells say nothing.
 */
public final class ResidencyExplorerCsvReader {
    static final List<String> COLUMNS = List.of(
            "acgme_program_id",
            "nrmp_track",
            "program_name",
            "state",
            "program_setting",
            "nrmp2021_positions_offered",
            "nrmp2021_categorical_offered",
            "nrmp2021_advanced_offered",
            "applications_2021",
            "pct_applicants_interviewed_2020",
            "considers_j1",
            "considers_h1b",
            "pct_residents_us_md",
            "pct_residents_us_do",
            "pct_residents_us_img",
            "pct_residents_non_us_img",
            "residents_usmle_step1_avg_range",
            "matched_avg_publications",
            "pct_grads_academic_position");

    /** Residency Explorer's setting labels and the settings SmartPick maps them to; others say nothing it can use. */
    private static final Map<String, Setting> SETTINGS = Map.of(
            "University Hospital", Setting.UNIVERSITY,
            "Affiliated Hospital", Setting.COMMUNITY_UNIVERSITY_AFFILIATED,
            "Community Hospital", Setting.COMMUNITY,
            "Military", Setting.MILITARY);

    private ResidencyExplorerCsvReader() {}

    public static Parsed<ProgramUpdate> parse(Reader reader, String sourceId, String asOf) {
        Parsed<CsvRow> table = CsvTable.read(reader, COLUMNS);
        Cells cells = new Cells();
        Map<String, CsvRow> speaking = new LinkedHashMap<>();
        for (CsvRow row : table.items()) {
            Optional<String> id = cells.requireProgramId(row, "acgme_program_id");
            String track = row.text("nrmp_track");
            if (!track.isEmpty() && !track.equals("C") && !track.equals("P")) {
                cells.report(
                        row, "nrmp_track", "must be C (categorical), P (preliminary) or empty, was '" + track + "'");
            }
            if (id.isEmpty()) {
                facts(new RowFacts(
                        row, cells, "", sourceId, asOf)); // still read, so every bad cell is reported at once
                continue;
            }
            // The categorical (or only) row speaks for the program; a preliminary row only when it is the only one.
            speaking.merge(
                    id.get(), row, (kept, next) -> kept.text("nrmp_track").equals("P") ? next : kept);
        }
        List<ProgramUpdate> updates = new ArrayList<>();
        speaking.forEach((id, row) -> updates.add(new ProgramUpdate(
                row.line(), id, Optional.empty(), facts(new RowFacts(row, cells, id, sourceId, asOf)))));
        return new Parsed<>(updates, ListingCsvReader.concat(table, cells));
    }

    private static List<AttributeFact> facts(RowFacts r) {
        List<AttributeFact> facts = new ArrayList<>();
        boolean preliminaryOnly = r.row.text("nrmp_track").equals("P");
        if (!preliminaryOnly) {
            String positions = r.row.text("nrmp2021_categorical_offered").isEmpty()
                    ? "nrmp2021_positions_offered"
                    : "nrmp2021_categorical_offered";
            facts.add(r.parsed(Attribute.FIRST_YEAR_POSITIONS, positions));
            facts.add(r.parsed(Attribute.ADVANCED_POSITIONS, "nrmp2021_advanced_offered"));
        }
        facts.add(r.parsed(Attribute.APPLICATIONS_RECEIVED, "applications_2021"));
        facts.add(r.parsed(Attribute.PCT_APPLICANTS_INTERVIEWED, "pct_applicants_interviewed_2020"));
        facts.add(r.parsed(Attribute.VISA_J1, "considers_j1"));
        facts.add(r.parsed(Attribute.VISA_H1B, "considers_h1b"));
        facts.add(r.setting());
        facts.add(r.parsed(Attribute.PCT_US_MD, "pct_residents_us_md"));
        facts.add(r.parsed(Attribute.PCT_US_DO, "pct_residents_us_do"));
        facts.add(r.parsed(Attribute.PCT_US_IMG, "pct_residents_us_img"));
        facts.add(r.parsed(Attribute.PCT_NON_US_IMG, "pct_residents_non_us_img"));
        facts.add(r.imgShare());
        facts.add(r.parsed(Attribute.RESIDENTS_STEP1_RANGE, "residents_usmle_step1_avg_range"));
        facts.add(r.parsed(Attribute.MATCHED_AVG_PUBLICATIONS, "matched_avg_publications"));
        facts.add(r.parsed(Attribute.PCT_GRADS_ACADEMIC, "pct_grads_academic_position"));
        return facts;
    }

    /** One row's cells read as facts of one program from one source. */
    private record RowFacts(CsvRow row, Cells cells, String id, String sourceId, String asOf) {
        /** A cell parsed the way the attribute is parsed everywhere; blank says nothing, a bad value is a line error. */
        AttributeFact parsed(Attribute attribute, String column) {
            String text = row.text(column);
            if (text.isEmpty()) {
                return new AttributeFact(id, attribute, new Fact<>(Optional.empty(), sourceId, asOf));
            }
            var value = attribute.parse(text);
            value.error().ifPresent(message -> cells.report(row, column, message));
            return new AttributeFact(id, attribute, new Fact<>(value.value(), sourceId, asOf));
        }

        /** The source's label mapped onto SmartPick's settings, the label kept; "Other" and "Not Available" say nothing. */
        AttributeFact setting() {
            String label = row.text("program_setting");
            Optional<Object> setting = Optional.ofNullable(SETTINGS.get(label));
            return new AttributeFact(id, Attribute.SETTING, Fact.labelled(setting, sourceId, asOf, label));
        }

        /** IMG share of residents: the US-citizen and non-US IMG shares added, when the source gives both. */
        AttributeFact imgShare() {
            // Bad cells are reported once, by the shares' own facts.
            Optional<Double> usImg = percent("pct_residents_us_img");
            Optional<Double> nonUsImg = percent("pct_residents_non_us_img");
            Optional<Object> sum = usImg.isPresent() && nonUsImg.isPresent()
                    ? Optional.of(Math.min(100.0, usImg.get() + nonUsImg.get()))
                    : Optional.empty();
            return new AttributeFact(
                    id,
                    Attribute.PCT_IMG,
                    Fact.labelled(
                            sum, sourceId, asOf, sum.isPresent() ? "US-citizen IMG and non-US IMG shares added" : ""));
        }

        private Optional<Double> percent(String column) {
            String text = row.text(column);
            return text.isEmpty()
                    ? Optional.empty()
                    : Attribute.PCT_IMG.parse(text).value().map(Double.class::cast);
        }
    }
}
