package org.smartpick.app.web;

import java.util.List;
import org.smartpick.core.program.DataSource;

/** The program search page: the chosen filters, the specialty choices and the programs found. */
public record ProgramsPage(String specialty, String state, List<SpecialtyOption> specialtyOptions, List<ProgramRow> programs,
                           List<DataSource> sources) {

    /** A specialty in the search menu with its program count. */
    public record SpecialtyOption(String code, String name, int count) {
    }

    /** One program with its facts ready to show. */
    public record ProgramRow(String id, String name, String city, String state, String track, String cycle, String url,
                             List<FactRow> facts, List<String> disagreements) {
    }

    /** One fact: known with its value, source title and date, or unknown. */
    public record FactRow(String label, boolean known, String text, String source, String asOf) {
    }
}
