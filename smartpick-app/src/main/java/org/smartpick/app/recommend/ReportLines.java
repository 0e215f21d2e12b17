package org.smartpick.app.recommend;

import java.util.Locale;

/**
 * The text a report is written into, line by line at the report's width: the sections of the short answer and of the
 * details write through one of these, so that every part wraps and underlines its titles the same way.
 */
final class ReportLines {
    private static final int WIDTH = 100;

    private final StringBuilder out = new StringBuilder();

    /** A blank line, the title, and a line of dashes as long as the title. */
    void section(String title) {
        line("");
        line(title);
        line("-".repeat(title.length()));
    }

    void line(String text) {
        out.append(text).append('\n');
    }

    /** Wraps at the report width, continuing lines with the given indent. */
    void wrap(String text, String indent) {
        String rest = text;
        boolean first = true;
        while (rest.length() > WIDTH) {
            int cut = rest.lastIndexOf(' ', WIDTH);
            if (cut <= indent.length()) {
                cut = WIDTH;
            }
            line(rest.substring(0, cut).stripTrailing());
            rest = indent + rest.substring(cut).trim();
            first = false;
        }
        if (!rest.isBlank() || first) {
            line(rest.stripTrailing());
        }
    }

    /** A probability as a percentage with one decimal, e.g. "12.3%". */
    static String pct(double p) {
        return String.format(Locale.ROOT, "%.1f%%", 100 * p);
    }

    /** The text cut to the width, ending in "..." where it was cut. */
    static String clip(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 3) + "...";
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
