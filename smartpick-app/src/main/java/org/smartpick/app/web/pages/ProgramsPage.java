package org.smartpick.app.web.pages;

import java.util.List;

/** The program search page: the chosen filters, the menus and the programs found. */
public record ProgramsPage(String specialty, String state, String visa, String setting, List<Option> specialtyOptions,
                           List<Option> settingOptions, List<ProgramRow> programs) {
    public ProgramsPage {
        specialtyOptions = List.copyOf(specialtyOptions);
        settingOptions = List.copyOf(settingOptions);
        programs = List.copyOf(programs);
    }

    public static final List<Option> VISA_OPTIONS = List.of(new Option("J1", "sponsors J-1"),
            new Option("H1B", "sponsors H-1B"), new Option("UNKNOWN", "sponsorship unknown"));

    /** A menu choice. */
    public record Option(String value, String label) {
    }

    /** One program with its facts ready to show. */
    public record ProgramRow(String id, String name, String city, String state, String track, String cycle, String url,
                             List<FactRow> facts, List<String> disagreements) {
        public ProgramRow {
            facts = List.copyOf(facts);
            disagreements = List.copyOf(disagreements);
        }
    }

    /**
     * One fact: known with its value, source title and date, or unknown; {@code note} says how an inferred fact was
     * inferred or how the source words a mapped value (empty when there is nothing to add).
     */
    public record FactRow(String label, boolean known, String text, String source, String asOf, boolean inferred,
                          String note) {
    }
}
