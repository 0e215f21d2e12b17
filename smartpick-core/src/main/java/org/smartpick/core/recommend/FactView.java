package org.smartpick.core.recommend;

import org.smartpick.core.program.Basis;

/**
 * One program fact as shown to the applicant: its value (or "unknown, verify with the program"), source and date,
 * whether a source states it about this program or it was inferred from another one, and a note that says how it
 * was inferred or how the source words it (empty when there is nothing to add).
 */
public record FactView(
        String attribute, String value, String source, String asOf, boolean known, Basis basis, String note) {}
