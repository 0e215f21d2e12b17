package org.smartpick.app.importing;

import java.util.List;
import java.util.Optional;

/** What one row of an import file says about one program: maybe its listing, and attribute facts. */
public record ProgramUpdate(String programId, Optional<ProgramListing> listing, List<AttributeFact> facts) {
    public ProgramUpdate {
        facts = List.copyOf(facts);
    }

    static ProgramUpdate listing(ProgramListing listing) {
        return new ProgramUpdate(listing.programId(), Optional.of(listing), List.of());
    }
}
