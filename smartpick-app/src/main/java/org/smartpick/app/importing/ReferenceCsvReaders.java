package org.smartpick.app.importing;

import java.io.Reader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.program.DataSource;
import org.smartpick.core.program.Specialty;
import org.smartpick.core.program.Track;
import org.smartpick.core.reference.FeeSchedule;
import org.smartpick.core.reference.FeeTier;
import org.smartpick.core.reference.MatchOutcome;
import org.smartpick.core.reference.OneOffFee;
import org.smartpick.core.reference.SignalAllowance;

/** Pure parsers of the shipped reference tables (specialties, NRMP outcomes, fees, signals, sources). */
public final class ReferenceCsvReaders {
    private ReferenceCsvReaders() {}

    /** Reads rows one by one; a row returns empty after reporting its problems to {@code cells}. */
    private static <T> Parsed<T> rows(
            Reader reader, List<String> columns, BiFunction<CsvRow, Cells, Optional<T>> rowReader) {
        Parsed<CsvRow> table = CsvTable.read(reader, columns);
        Cells cells = new Cells();
        List<T> items = new ArrayList<>();
        for (CsvRow row : table.items()) {
            rowReader.apply(row, cells).ifPresent(items::add);
        }
        return new Parsed<>(items, ListingCsvReader.concat(table, cells));
    }

    public static Parsed<Specialty> specialties(Reader reader) {
        return rows(
                reader,
                List.of("acgme_specialty_code", "eras_specialty_name", "eras_application_cycle"),
                (row, cells) -> {
                    Optional<String> code = cells.requireSpecialtyCode(row, "acgme_specialty_code");
                    Optional<ApplicationCycle> cycle = cycle(cells, row, "eras_application_cycle", true);
                    return code.isPresent() && cycle.isPresent()
                            ? Optional.of(new Specialty(code.get(), row.text("eras_specialty_name"), cycle.get()))
                            : Optional.empty();
                });
    }

    public static Parsed<SpecialtyTrack> specialtyTracks(Reader reader) {
        return rows(
                reader, List.of("acgme_specialty_code", "track", "eras_application_cycle", "basis"), (row, cells) -> {
                    Optional<String> code = cells.requireSpecialtyCode(row, "acgme_specialty_code");
                    Optional<Track> track = enumValue(cells, row, "track", Track.class);
                    Optional<ApplicationCycle> cycle = cycle(cells, row, "eras_application_cycle", false);
                    return code.isPresent() && track.isPresent()
                            ? Optional.of(new SpecialtyTrack(code.get(), track.get(), cycle, row.text("basis")))
                            : Optional.empty();
                });
    }

    public static Parsed<NrmpSpecialtyCode> nrmpSpecialtyCodes(Reader reader) {
        return rows(reader, List.of("nrmp_specialty", "acgme_specialty_code"), (row, cells) -> {
            Optional<String> name = cells.requireText(row, "nrmp_specialty");
            Optional<String> code = row.text("acgme_specialty_code").isEmpty()
                    ? Optional.empty()
                    : cells.requireSpecialtyCode(row, "acgme_specialty_code");
            return name.map(n -> new NrmpSpecialtyCode(n, code));
        });
    }

    /** NRMP PGY-1 applicants and matches: one {@link MatchOutcome} per specialty row and applicant type. */
    public static Parsed<List<MatchOutcome>> matchOutcomes(Reader reader, int season, List<NrmpSpecialtyCode> codes) {
        Map<String, Optional<String>> codeByName = new LinkedHashMap<>();
        codes.forEach(c -> codeByName.put(c.nrmpSpecialty(), c.specialtyCode()));
        Map<ApplicantType, String> columns = Map.of(
                ApplicantType.US_MD,
                "US_MD",
                ApplicantType.US_DO,
                "US_DO",
                ApplicantType.US_IMG,
                "US_IMG",
                ApplicantType.NON_US_IMG,
                "NonUS_IMG");
        List<String> required = new ArrayList<>(List.of("specialty"));
        columns.values().stream().sorted().forEach(c -> required.addAll(List.of("Applicants_" + c, "Matches_" + c)));
        return rows(reader, required, (row, cells) -> {
            String name = row.text("specialty");
            List<MatchOutcome> outcomes = new ArrayList<>();
            for (ApplicantType type : ApplicantType.values()) {
                OptionalInt applicants = cells.requireInt(row, "Applicants_" + columns.get(type));
                OptionalInt matches = cells.requireInt(row, "Matches_" + columns.get(type));
                if (applicants.isPresent() && matches.isPresent()) {
                    if (matches.getAsInt() > applicants.getAsInt() || matches.getAsInt() < 0) {
                        cells.report(
                                row,
                                "Matches_" + columns.get(type),
                                "must be 0..applicants (" + applicants.getAsInt() + ")");
                        continue;
                    }
                    outcomes.add(new MatchOutcome(
                            season,
                            name,
                            codeByName.getOrDefault(name, Optional.empty()),
                            type,
                            applicants.getAsInt(),
                            matches.getAsInt()));
                }
            }
            return outcomes.size() == ApplicantType.values().length ? Optional.of(outcomes) : Optional.empty();
        });
    }

    /** ERAS per-program fee tiers grouped into one schedule per season and application type (one-off rows skipped). */
    public static Parsed<FeeSchedule> feeSchedules(Reader reader) {
        record Row(int season, String type, int tier, FeeTier fee, String url) {}
        Parsed<Row> rows = rows(
                reader,
                List.of(
                        "eras_season",
                        "application_type",
                        "tier",
                        "programs_from",
                        "programs_to",
                        "fee_usd",
                        "fee_basis",
                        "source_url"),
                (row, cells) -> {
                    String type = row.text("application_type");
                    if (!type.equals("residency") && !type.equals("fellowship")) {
                        return Optional.empty();
                    }
                    OptionalInt season = cells.requireInt(row, "eras_season");
                    OptionalInt tier = cells.requireInt(row, "tier");
                    OptionalInt from = cells.requireInt(row, "programs_from");
                    OptionalInt to = cells.optionalInt(row, "programs_to");
                    OptionalInt fee = cells.requireInt(row, "fee_usd");
                    if (season.isEmpty() || tier.isEmpty() || from.isEmpty() || fee.isEmpty()) {
                        return Optional.empty();
                    }
                    boolean flat =
                            row.text("fee_basis").toLowerCase(Locale.ROOT).startsWith("flat");
                    return Optional.of(new Row(
                            season.getAsInt(),
                            type,
                            tier.getAsInt(),
                            new FeeTier(from.getAsInt(), to, fee.getAsInt(), flat),
                            row.text("source_url")));
                });
        Map<String, List<Row>> grouped = new LinkedHashMap<>();
        rows.items()
                .forEach(r -> grouped.computeIfAbsent(r.season() + "/" + r.type(), k -> new ArrayList<>())
                        .add(r));
        List<FeeSchedule> schedules = new ArrayList<>();
        grouped.values().forEach(group -> {
            group.sort(Comparator.comparingInt(Row::tier));
            Row first = group.get(0);
            schedules.add(new FeeSchedule(
                    first.season(), first.type(), group.stream().map(Row::fee).toList(), first.url()));
        });
        return new Parsed<>(schedules, rows.problems());
    }

    public static Parsed<OneOffFee> oneOffFees(Reader reader) {
        return rows(
                reader,
                List.of("fee_id", "name", "fee_usd", "img_only", "basis", "source_url", "as_of"),
                (row, cells) -> {
                    Optional<String> id = cells.requireText(row, "fee_id");
                    OptionalInt fee = cells.requireInt(row, "fee_usd");
                    if (id.isEmpty() || fee.isEmpty()) {
                        return Optional.empty();
                    }
                    String basis = row.text("basis") + (row.text("note").isEmpty() ? "" : "; " + row.text("note"));
                    return Optional.of(new OneOffFee(
                            id.get(),
                            row.text("name"),
                            fee.getAsInt(),
                            Boolean.parseBoolean(row.text("img_only")),
                            basis,
                            row.text("source_url"),
                            row.text("as_of")));
                });
    }

    public static Parsed<SignalAllowance> signalAllowances(Reader reader) {
        return rows(
                reader,
                List.of(
                        "eras_season",
                        "specialty",
                        "acgme_specialty_code",
                        "total_signals",
                        "gold_signals",
                        "silver_signals",
                        "notes",
                        "source_url"),
                (row, cells) -> {
                    OptionalInt season = cells.requireInt(row, "eras_season");
                    OptionalInt total = cells.requireInt(row, "total_signals");
                    Optional<String> code = row.text("acgme_specialty_code").isEmpty()
                            ? Optional.empty()
                            : cells.requireSpecialtyCode(row, "acgme_specialty_code");
                    OptionalInt gold = cells.optionalInt(row, "gold_signals");
                    OptionalInt silver = cells.optionalInt(row, "silver_signals");
                    return season.isPresent() && total.isPresent()
                            ? Optional.of(new SignalAllowance(
                                    season.getAsInt(),
                                    row.text("specialty"),
                                    code,
                                    total.getAsInt(),
                                    gold,
                                    silver,
                                    row.text("notes"),
                                    row.text("source_url")))
                            : Optional.empty();
                });
    }

    public static Parsed<SourceFile> sources(Reader reader) {
        return rows(
                reader,
                List.of("source_id", "file", "title", "publisher", "url", "as_of", "licence_note"),
                (row, cells) -> {
                    Optional<String> id = cells.requireText(row, "source_id");
                    Optional<String> file = cells.requireText(row, "file");
                    return id.isPresent() && file.isPresent()
                            ? Optional.of(new SourceFile(
                                    file.get(),
                                    new DataSource(
                                            id.get(),
                                            row.text("title"),
                                            row.text("publisher"),
                                            row.text("url"),
                                            row.text("as_of"),
                                            row.text("licence_note"))))
                            : Optional.empty();
                });
    }

    /** Combined programs and the same sponsor's core program whose facts stand in for theirs. */
    public static Parsed<CombinedCore> combinedCores(Reader reader) {
        return rows(
                reader,
                List.of("combined_acgme_program_id", "core_acgme_program_id", "mapping_basis"),
                (row, cells) -> {
                    Optional<String> combined = cells.requireProgramId(row, "combined_acgme_program_id");
                    Optional<String> core = cells.requireProgramId(row, "core_acgme_program_id");
                    Optional<String> basis = cells.requireText(row, "mapping_basis");
                    return combined.isPresent() && core.isPresent() && basis.isPresent()
                            ? Optional.of(new CombinedCore(combined.get(), core.get(), basis.get()))
                            : Optional.empty();
                });
    }

    public static Parsed<FactLink> factLinks(Reader reader) {
        return rows(
                reader,
                List.of("fact_id", "acgme_specialty_code", "institution", "state", "attribute", "value"),
                (row, cells) -> {
                    Optional<String> code = cells.requireSpecialtyCode(row, "acgme_specialty_code");
                    Optional<Attribute> attribute = Attribute.findByKey(row.text("attribute"));
                    if (attribute.isEmpty()) {
                        cells.report(row, "attribute", "unknown attribute '" + row.text("attribute") + "'");
                        return Optional.empty();
                    }
                    var value = attribute.get().parse(row.text("value"));
                    value.error().ifPresent(m -> cells.report(row, "value", m));
                    return code.isPresent() && value.value().isPresent()
                            ? Optional.of(new FactLink(
                                    row.text("fact_id"),
                                    code.get(),
                                    row.text("institution"),
                                    row.text("state"),
                                    attribute.get(),
                                    value.value().get()))
                            : Optional.empty();
                });
    }

    private static Optional<ApplicationCycle> cycle(Cells cells, CsvRow row, String column, boolean required) {
        String text = row.text(column).toLowerCase(Locale.ROOT);
        if (text.isEmpty() && !required) {
            return Optional.empty();
        }
        if (text.startsWith("residency")) {
            return Optional.of(ApplicationCycle.RESIDENCY_SEPTEMBER);
        }
        if (text.startsWith("fellowship") && text.contains("july")) {
            return Optional.of(ApplicationCycle.FELLOWSHIP_JULY);
        }
        if (text.startsWith("fellowship") && text.contains("december")) {
            return Optional.of(ApplicationCycle.FELLOWSHIP_DECEMBER);
        }
        cells.report(
                row,
                column,
                "must be 'residency (September)', 'fellowship (July)' or 'fellowship (December)', was '" + text + "'");
        return Optional.empty();
    }

    private static <E extends Enum<E>> Optional<E> enumValue(Cells cells, CsvRow row, String column, Class<E> type) {
        try {
            return Optional.of(Enum.valueOf(type, row.text(column).toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            cells.report(
                    row,
                    column,
                    "must be one of " + java.util.Arrays.toString(type.getEnumConstants()) + ", was '"
                            + row.text(column) + "'");
            return Optional.empty();
        }
    }
}
