package org.smartpick.app.recommend;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.smartpick.core.recommend.FactView;
import org.smartpick.core.recommend.ProgramResult;

/** The program list of a recommendation as CSV for a spreadsheet: one row per eligible program, selected first. */
public final class CsvReport {
    static final List<String> HEADER = List.of(
            "selected",
            "tier",
            "tier_reason",
            "signal",
            "program_id",
            "program",
            "institution",
            "city",
            "state",
            "specialty_code",
            "specialty",
            "track",
            "role",
            "pathway",
            "p_interview",
            "p_match",
            "p_match_low",
            "p_match_high",
            "conditions",
            "verify",
            "reasons",
            "facts");

    private CsvReport() {}

    public static String render(List<ProgramResult> programs) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(
                out,
                CSVFormat.RFC4180
                        .builder()
                        .setHeader(HEADER.toArray(String[]::new))
                        .get())) {
            for (ProgramResult p : programs) {
                csv.printRecord(
                        p.selected(),
                        p.tier().label(),
                        p.tierReason(),
                        p.signal().map(Enum::name).orElse(""),
                        p.id(),
                        p.name(),
                        p.institution(),
                        p.city(),
                        p.state(),
                        p.specialtyCode(),
                        p.specialtyName(),
                        p.track(),
                        p.role(),
                        p.pathway(),
                        fraction(p.pInterview()),
                        fraction(p.pMatch()),
                        fraction(p.pMatchLow()),
                        fraction(p.pMatchHigh()),
                        conditions(p),
                        String.join("; ", p.verify()),
                        String.join("; ", p.reasons()),
                        facts(p.facts()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Each condition as KIND by DATE, e.g. "STEP3_PASSED by 2028-02-23". */
    private static String conditions(ProgramResult p) {
        return String.join(
                "; ",
                p.conditions().stream()
                        .map(c -> c.kind().name() + " by " + c.by())
                        .toList());
    }

    private static String fraction(double p) {
        return String.format(Locale.ROOT, "%.4f", p);
    }

    private static String facts(List<FactView> facts) {
        return String.join(
                "; ",
                facts.stream()
                        .map(f -> f.attribute() + "=" + f.value() + " (" + f.source()
                                + (f.asOf().isEmpty() ? "" : ", " + f.asOf())
                                + (f.note().isEmpty() ? "" : "; " + f.note()) + ")")
                        .toList());
    }
}
