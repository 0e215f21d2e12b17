package org.smartpick.core.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.smartpick.core.common.CsvTable;
import org.smartpick.core.common.Parsed;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.YesNoUnknown;

/** One specialty's signal policy from {@code data/policy/signal_rules.csv}: whether its programs take signals, and extra rules. */
public record SignalPolicy(
        String specialtyCode, YesNoUnknown acceptsSignals, boolean onePerInstitution, String note, String sourceUrl) {

    /** The policies, or every problem found, by line and column. */
    public static Parsed<SignalPolicies> from(CsvTable table) {
        List<Problem> problems = new ArrayList<>(table.missingColumns(List.of("specialty_code", "accepts_signals")));
        List<SignalPolicy> policies = new ArrayList<>();
        for (CsvTable.Row row : table.rows()) {
            String where = "line " + row.lineNumber();
            Optional<String> code = row.find("specialty_code").filter(c -> c.matches("\\d{3}"));
            Optional<YesNoUnknown> accepts = row.find("accepts_signals").flatMap(SignalPolicy::yesNoUnknown);
            Optional<Boolean> onePerInstitution = row.find("one_per_institution")
                    .map(v -> v.toLowerCase(Locale.ROOT))
                    .filter(v -> v.equals("true") || v.equals("false"))
                    .map(Boolean::parseBoolean)
                    .or(() -> row.find("one_per_institution").isEmpty() ? Optional.of(false) : Optional.empty());
            if (code.isEmpty()) {
                problems.add(new Problem(where + ", column specialty_code", "must be a 3-digit ACGME code"));
            }
            if (accepts.isEmpty()) {
                problems.add(new Problem(where + ", column accepts_signals", "must be yes, no or unknown"));
            }
            if (onePerInstitution.isEmpty()) {
                problems.add(new Problem(where + ", column one_per_institution", "must be true or false"));
            }
            if (code.isPresent() && accepts.isPresent() && onePerInstitution.isPresent()) {
                policies.add(new SignalPolicy(
                        code.get(),
                        accepts.get(),
                        onePerInstitution.get(),
                        row.find("note").orElse(""),
                        row.find("source_url").orElse("")));
            }
        }
        return problems.isEmpty() ? Parsed.of(new SignalPolicies(policies)) : new Parsed<>(Optional.empty(), problems);
    }

    private static Optional<YesNoUnknown> yesNoUnknown(String value) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes" -> Optional.of(YesNoUnknown.YES);
            case "no" -> Optional.of(YesNoUnknown.NO);
            case "unknown" -> Optional.of(YesNoUnknown.UNKNOWN);
            default -> Optional.empty();
        };
    }
}
