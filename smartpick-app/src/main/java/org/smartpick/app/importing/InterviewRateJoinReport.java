package org.smartpick.app.importing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.smartpick.app.importing.InterviewRateJoin.Count;
import org.smartpick.app.importing.InterviewRateJoin.JoinResult;

/**
 * Writes the report of the shipped interview-rate rows that do not join a catalog program
 * ({@code data/programs/eras2024_interview_rates_unjoined.csv}), the report of rows joined to an ACGME program the
 * catalog does not list ({@code data/programs/eras2024_interview_rates_outside_catalog.csv}), and prints the join rate
 * per specialty.
 * {@code InterviewRateJoinShippedTest} checks that the committed report equals a fresh join. To regenerate it after
 * the data or the rules change, from the repository root:
 * <pre>
 * ./mvnw -B -q -o -pl smartpick-app -am package -DskipTests
 * java -cp smartpick-app/target/smartpick.jar org.smartpick.app.importing.InterviewRateJoinReport \
 *     data/programs/eras2024_interview_rates_unjoined.csv data/programs/eras2024_interview_rates_outside_catalog.csv
 * </pre>
 * and review the diff before committing it.
 */
public final class InterviewRateJoinReport {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT
            .builder()
            .setRecordSeparator("\n")
            .setHeader("line", "acgme_specialty_code", "specialty", "program_name", "city", "state", "reason")
            .get();
    private static final CSVFormat OUTSIDE_FORMAT = CSVFormat.DEFAULT
            .builder()
            .setRecordSeparator("\n")
            .setHeader(
                    "line",
                    "acgme_specialty_code",
                    "specialty",
                    "program_name",
                    "city",
                    "state",
                    "acgme_program_id",
                    "joined_by",
                    "reason")
            .get();

    private InterviewRateJoinReport() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: InterviewRateJoinReport <unjoined-report.csv> <outside-catalog-report.csv>");
            System.exit(2);
        }
        JoinResult result = ShippedInterviewRates.join(ShippedCatalog.load());
        Files.writeString(Path.of(args[0]), unjoinedCsv(result), StandardCharsets.UTF_8);
        Files.writeString(Path.of(args[1]), outsideCatalogCsv(result), StandardCharsets.UTF_8);
        System.out.print(summary(result));
    }

    /** Every unjoined row in line order with its reason; the same join gives byte-identical text. */
    static String unjoinedCsv(JoinResult result) {
        return csv(
                FORMAT,
                result.unjoined().stream()
                        .map(u -> List.<Object>of(
                                u.row().line(),
                                u.row().specialtyCode(),
                                u.row().specialty(),
                                u.row().programName(),
                                u.row().city(),
                                u.row().state(),
                                u.reason().label() + ": " + u.explanation()))
                        .toList());
    }

    /**
     * Every row joined to an ACGME program the catalog does not list, in line order, with the id, the rule and why the
     * program is not in the catalog.
     */
    static String outsideCatalogCsv(JoinResult result) {
        return csv(
                OUTSIDE_FORMAT,
                result.outsideCatalog().stream()
                        .map(j -> List.<Object>of(
                                j.row().line(),
                                j.row().specialtyCode(),
                                j.row().specialty(),
                                j.row().programName(),
                                j.row().city(),
                                j.row().state(),
                                j.programId(),
                                j.rule().label(),
                                whyOutsideCatalog(j.row().specialtyCode())))
                        .toList());
    }

    private static String csv(CSVFormat format, List<List<Object>> records) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (List<Object> record : records) {
                printer.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String whyOutsideCatalog(String specialtyCode) {
        return specialtyCode.equals("220")
                ? "an OB/GYN program listed by Residency Explorer 2021; most OB/GYN programs left ERAS for ResidencyCAS after the "
                        + "2024 season, so ERAS 2026 (the catalog) does not list it"
                : "listed by Residency Explorer 2021 but not by ERAS 2026 (the catalog): closed, merged or not in ERAS";
    }

    /** Rows joined per specialty and overall, then unjoined rows by reason and joined rows by rule. */
    static String summary(JoinResult result) {
        StringBuilder text = new StringBuilder();
        result.countsBySpecialty().forEach((code, count) -> text.append(line(code, count)));
        text.append(line("all", result.total()));
        text.append(String.format(
                Locale.ROOT,
                "%6d joined to an ACGME program outside the catalog (no facts)%n",
                result.outsideCatalog().size()));
        Map<String, Integer> reasons = new TreeMap<>();
        result.unjoined().forEach(u -> reasons.merge("unjoined, " + u.reason().label(), 1, Integer::sum));
        Map<String, Integer> rules = new TreeMap<>();
        result.joined().forEach(j -> rules.merge("joined by " + j.rule().label(), 1, Integer::sum));
        reasons.forEach((reason, n) -> text.append(String.format(Locale.ROOT, "%6d %s%n", n, reason)));
        rules.forEach((rule, n) -> text.append(String.format(Locale.ROOT, "%6d %s%n", n, rule)));
        return text.toString();
    }

    private static String line(String specialty, Count count) {
        return String.format(
                Locale.ROOT,
                "%-4s %5d / %5d  %5.1f%%%n",
                specialty,
                count.joined(),
                count.total(),
                100 * count.share());
    }
}
