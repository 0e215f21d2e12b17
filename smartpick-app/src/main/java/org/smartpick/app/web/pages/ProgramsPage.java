package org.smartpick.app.web.pages;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The program search page: the filters as entered, the menus, one page of the programs found with the total, and the
 * problems with the filters (then no programs are listed).
 */
public record ProgramsPage(
        Filters filters,
        List<Option> specialtyOptions,
        List<Option> settingOptions,
        List<ProgramRow> programs,
        int total,
        int page,
        int size,
        List<String> errors) {
    public ProgramsPage {
        specialtyOptions = List.copyOf(specialtyOptions);
        settingOptions = List.copyOf(settingOptions);
        programs = List.copyOf(programs);
        errors = List.copyOf(errors);
    }

    /** The visa filter's choices, with the meaning the API gives them. */
    public static final List<Option> VISA_OPTIONS = List.of(
            new Option("J1", "sponsors J-1"),
            new Option("H1B", "sponsors H-1B"),
            new Option("UNKNOWN", "J-1 or H-1B policy not stated"));

    /** The choices of how many programs a page shows. */
    public static final List<Option> SIZE_OPTIONS =
            List.of(new Option("20", "20"), new Option("50", "50"), new Option("100", "100"));

    /** The filters as the user entered them (blank is any), to fill the form and the paging links. */
    public record Filters(String specialty, String state, String visa, String setting, String q) {}

    /** A menu choice. */
    public record Option(String value, String label) {}

    /** One program with its facts ready to show. */
    public record ProgramRow(
            String id,
            String name,
            String city,
            String state,
            String track,
            String cycle,
            String url,
            List<FactRow> facts,
            List<String> disagreements) {
        public ProgramRow {
            facts = List.copyOf(facts);
            disagreements = List.copyOf(disagreements);
        }
    }

    /**
     * One fact: known with its value, source title and date, or unknown; {@code note} says how an inferred fact was
     * inferred or how the source words a mapped value (empty when there is nothing to add).
     */
    public record FactRow(
            String label, boolean known, String text, String source, String asOf, boolean inferred, String note) {}

    /** The position of this page's first program among all found, from 1 (0 when this page is empty). */
    public long first() {
        return programs.isEmpty() ? 0 : (long) (page - 1) * size + 1;
    }

    /** The position of this page's last program among all found. */
    public long last() {
        return programs.isEmpty() ? 0 : first() + programs.size() - 1;
    }

    /** How many pages the programs found fill. */
    public int pageCount() {
        return Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 1 && total > 0;
    }

    public boolean hasNext() {
        return (long) page * size < total;
    }

    /** The previous page, or the last page when this one lies past the end. */
    public String previousHref() {
        return href(Math.min(page - 1, pageCount()));
    }

    public String nextHref() {
        return href(page + 1);
    }

    public String firstHref() {
        return href(1);
    }

    /** This search at another page, with only the filters that are set. */
    String href(int wantedPage) {
        List<String> parts = new ArrayList<>();
        add(parts, "specialty", filters.specialty());
        add(parts, "state", filters.state());
        add(parts, "visa", filters.visa());
        add(parts, "setting", filters.setting());
        add(parts, "q", filters.q());
        if (size != DEFAULT_SIZE) {
            add(parts, "size", Integer.toString(size));
        }
        if (wantedPage > 1) {
            add(parts, "page", Integer.toString(wantedPage));
        }
        return "/programs" + (parts.isEmpty() ? "" : "?" + String.join("&", parts));
    }

    private static final int DEFAULT_SIZE = org.smartpick.app.web.api.ProgramQuery.DEFAULT_SIZE;

    private static void add(List<String> parts, String name, String value) {
        if (!value.isEmpty()) {
            parts.add(name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        }
    }
}
