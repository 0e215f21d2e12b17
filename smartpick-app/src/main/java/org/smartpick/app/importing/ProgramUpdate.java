package org.smartpick.app.importing;

import java.util.List;
import java.util.Optional;

/** What one row (at {@code line}) of an import file says about one program: maybe its listing, and attribute facts. */
public record ProgramUpdate(long line, String programId, Optional<ProgramListing> listing, List<AttributeFact> facts) {
    public ProgramUpdate {
        facts = List.copyOf(facts);
    }

    /** Where the row came from, for problem reports. */
    public String where() {
        return "line " + line;
    }

    static ProgramUpdate listing(long line, ProgramListing listing) {
        return new ProgramUpdate(line, listing.programId(), Optional.of(listing), List.of());
    }
}
