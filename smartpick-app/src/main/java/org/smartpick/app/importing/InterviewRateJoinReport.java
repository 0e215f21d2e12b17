package org.smartpick.app.importing;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.smartpick.app.importing.InterviewRateJoin.Count;
import org.smartpick.app.importing.InterviewRateJoin.JoinResult;
import org.smartpick.app.importing.InterviewRateJoin.Unjoined;

/**
 * Writes the report of the shipped interview-rate rows that do not join a catalog program
 * ({@code data/programs/eras2024_interview_rates_unjoined.csv}) and prints the join rate per specialty.
 * {@code InterviewRateJoinShippedTest} checks that the committed report equals a fresh join. To regenerate it after
 * the data or the rules change, from the repository root:
 * <pre>
 * ./mvnw -B -q -o -pl smartpick-app -am package -DskipTests
 * java -cp smartpick-app/target/smartpick.jar org.smartpick.app.importing.InterviewRateJoinReport \
 *     data/programs/eras2024_interview_rates_unjoined.csv
 * </pre>
 * and review the diff before committing it.
 */
public final class InterviewRateJoinReport {
    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setRecordSeparator("\n")
            .setHeader("line", "acgme_specialty_code", "specialty", "program_name", "city", "state", "reason").get();

    private InterviewRateJoinReport() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: InterviewRateJoinReport <unjoined-report.csv>");
            System.exit(2);
        }
        JoinResult result = ShippedInterviewRates.join(ShippedCatalog.load());
        Files.writeString(Path.of(args[0]), unjoinedCsv(result), StandardCharsets.UTF_8);
        System.out.print(summary(result));
    }

    /** Every unjoined row in line order with its reason; the same join gives byte-identical text. */
    static String unjoinedCsv(JoinResult result) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (Unjoined u : result.unjoined()) {
                InterviewRateRow row = u.row();
                printer.printRecord(row.line(), row.specialtyCode(), row.specialty(), row.programName(), row.city(), row.state(),
                        u.reason().label() + ": " + u.explanation());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Rows joined per specialty and overall, then unjoined rows by reason and joined rows by rule. */
    static String summary(JoinResult result) {
        StringBuilder text = new StringBuilder();
        result.countsBySpecialty().forEach((code, count) -> text.append(line(code, count)));
        text.append(line("all", result.total()));
        Map<String, Integer> reasons = new TreeMap<>();
        result.unjoined().forEach(u -> reasons.merge("unjoined, " + u.reason().label(), 1, Integer::sum));
        Map<String, Integer> rules = new TreeMap<>();
        result.joined().forEach(j -> rules.merge("joined by " + j.rule().label(), 1, Integer::sum));
        reasons.forEach((reason, n) -> text.append(String.format(Locale.ROOT, "%6d %s%n", n, reason)));
        rules.forEach((rule, n) -> text.append(String.format(Locale.ROOT, "%6d %s%n", n, rule)));
        return text.toString();
    }

    private static String line(String specialty, Count count) {
        return String.format(Locale.ROOT, "%-4s %5d / %5d  %5.1f%%%n", specialty, count.joined(), count.total(), 100 * count.share());
    }
}
