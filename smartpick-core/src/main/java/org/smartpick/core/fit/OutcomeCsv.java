package org.smartpick.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.common.CsvTable;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.YesNoUnknown;

/**
 * Reads and writes the outcomes CSV of {@code model fit}: a header with the columns below, one row per
 * applicant-program pair, as a {@link CsvTable} (lines starting with '#' are comments). Every bad value is reported with its line and column.
 */
public final class OutcomeCsv {
    public static final List<String> COLUMNS = List.of(
            "applicant_type",
            "step2ck",
            "step1",
            "step3_passed",
            "failed_attempts",
            "years_since_graduation",
            "usce_hands_on_months",
            "usce_observership_months",
            "us_letters",
            "research_items",
            "research_in_specialty",
            "specialty_months",
            "letters_from_specialty",
            "goal_program",
            "specialty_code",
            "visa_needed",
            "program_sponsors",
            "img_share_pct",
            "preferred_state",
            "interviews",
            "positions",
            "interviewed",
            "matched");

    private OutcomeCsv() {}

    /** The rows of a parsed outcomes file and the problems; rows with a problem are left out. */
    public static Parsed<List<OutcomeRow>> from(CsvTable table) {
        List<OutcomeRow> rows = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        if (table.headerLine() == 0) {
            problems.add(new Problem("line 1", "no header line: expected " + String.join(",", COLUMNS)));
            return Parsed.withProblems(rows, problems);
        }
        if (!table.header().equals(COLUMNS)) {
            problems.add(new Problem("line " + table.headerLine(), "header must be " + String.join(",", COLUMNS)));
            return Parsed.withProblems(rows, problems);
        }
        for (CsvTable.Row row : table.rows()) {
            new RowReader(row.lineNumber(), row.values().toArray(new String[0]), problems)
                    .read()
                    .ifPresent(rows::add);
        }
        return Parsed.withProblems(rows, problems);
    }

    /** One data line, read column by column; every bad column adds a problem. */
    private static final class RowReader {
        private final int line;
        private final String[] cells;
        private final List<Problem> problems;
        private final int before;

        RowReader(int line, String[] cells, List<Problem> problems) {
            this.line = line;
            this.cells = cells;
            this.problems = problems;
            this.before = problems.size();
        }

        java.util.Optional<OutcomeRow> read() {
            if (cells.length != COLUMNS.size()) {
                problems.add(
                        new Problem("line " + line, "expected " + COLUMNS.size() + " columns, found " + cells.length));
                return java.util.Optional.empty();
            }
            OutcomeRow row = new OutcomeRow(
                    line,
                    type(),
                    optionalInt("step2ck", 1, 300),
                    optionalInt("step1", 1, 300),
                    bool("step3_passed"),
                    count("failed_attempts"),
                    count("years_since_graduation"),
                    count("usce_hands_on_months"),
                    count("usce_observership_months"),
                    count("us_letters"),
                    count("research_items"),
                    count("research_in_specialty"),
                    count("specialty_months"),
                    count("letters_from_specialty"),
                    bool("goal_program"),
                    code(),
                    bool("visa_needed"),
                    sponsors(),
                    optionalInt("img_share_pct", 0, 100),
                    bool("preferred_state"),
                    optionalInt("interviews", 0, 100000),
                    optionalInt("positions", 0, 10000),
                    bool("interviewed"),
                    bool("matched"));
            if (row.matched() && cell("interviewed").equals("0")) {
                problem("matched", "a match needs an interview: interviewed must be 1 when matched is 1");
            }
            return problems.size() == before ? java.util.Optional.of(row) : java.util.Optional.empty();
        }

        private String cell(String column) {
            return cells[COLUMNS.indexOf(column)].strip();
        }

        private void problem(String column, String message) {
            problems.add(new Problem("line " + line + ", column " + column, message));
        }

        private ApplicantType type() {
            try {
                return ApplicantType.valueOf(cell("applicant_type"));
            } catch (IllegalArgumentException e) {
                problem(
                        "applicant_type",
                        "must be US_MD, US_DO, US_IMG or NON_US_IMG, was '" + cell("applicant_type") + "'");
                return ApplicantType.US_MD;
            }
        }

        private YesNoUnknown sponsors() {
            String text = cell("program_sponsors");
            try {
                return text.isEmpty() ? YesNoUnknown.UNKNOWN : YesNoUnknown.valueOf(text);
            } catch (IllegalArgumentException e) {
                problem("program_sponsors", "must be YES, NO, UNKNOWN or empty, was '" + text + "'");
                return YesNoUnknown.UNKNOWN;
            }
        }

        private String code() {
            String text = cell("specialty_code");
            if (!text.matches("\\d{3}")) {
                problem("specialty_code", "must be a 3-digit ACGME code, was '" + text + "'");
            }
            return text;
        }

        private boolean bool(String column) {
            String text = cell(column);
            if (!text.equals("0") && !text.equals("1")) {
                problem(column, "must be 0 or 1, was '" + text + "'");
            }
            return text.equals("1");
        }

        private int count(String column) {
            OptionalInt value = optionalInt(column, 0, 1000);
            if (value.isEmpty() && cell(column).isEmpty()) {
                problem(column, "is required");
            }
            return value.orElse(0);
        }

        private OptionalInt optionalInt(String column, int min, int max) {
            String text = cell(column);
            if (text.isEmpty()) {
                return OptionalInt.empty();
            }
            try {
                int value = Integer.parseInt(text);
                if (value < min || value > max) {
                    problem(column, "must be " + min + ".." + max + ", was " + value);
                }
                return OptionalInt.of(value);
            } catch (NumberFormatException e) {
                problem(column, "must be a whole number, was '" + text + "'");
                return OptionalInt.empty();
            }
        }
    }

    /** The CSV text of rows, with the given comment lines first. */
    public static String format(List<String> comments, List<OutcomeRow> rows) {
        StringBuilder out = new StringBuilder();
        comments.forEach(c -> out.append("# ").append(c).append('\n'));
        out.append(String.join(",", COLUMNS)).append('\n');
        for (OutcomeRow r : rows) {
            out.append(r.applicantType())
                    .append(',')
                    .append(text(r.step2ck()))
                    .append(',')
                    .append(text(r.step1()))
                    .append(',')
                    .append(bit(r.step3Passed()))
                    .append(',')
                    .append(r.failedAttempts())
                    .append(',')
                    .append(r.yearsSinceGraduation())
                    .append(',')
                    .append(r.handsOnMonths())
                    .append(',')
                    .append(r.observershipMonths())
                    .append(',')
                    .append(r.usLetters())
                    .append(',')
                    .append(r.researchItems())
                    .append(',')
                    .append(r.researchInSpecialty())
                    .append(',')
                    .append(r.specialtyMonths())
                    .append(',')
                    .append(r.lettersFromSpecialty())
                    .append(',')
                    .append(bit(r.goalProgram()))
                    .append(',')
                    .append(r.specialtyCode())
                    .append(',')
                    .append(bit(r.visaNeeded()))
                    .append(',')
                    .append(r.programSponsors())
                    .append(',')
                    .append(text(r.imgSharePct()))
                    .append(',')
                    .append(bit(r.preferredState()))
                    .append(',')
                    .append(text(r.interviews()))
                    .append(',')
                    .append(text(r.positions()))
                    .append(',')
                    .append(bit(r.interviewed()))
                    .append(',')
                    .append(bit(r.matched()))
                    .append('\n');
        }
        return out.toString();
    }

    private static String text(OptionalInt value) {
        return value.isPresent() ? Integer.toString(value.getAsInt()) : "";
    }

    private static String bit(boolean value) {
        return value ? "1" : "0";
    }
}
