package org.smartpick.app.importing;

import java.util.Optional;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.program.Track;

/** The track of a specialty code that is not a plain categorical residency, and its cycle when ERAS lists none. */
public record SpecialtyTrack(
        String specialtyCode, Track track, Optional<ApplicationCycle> cycleIfUnlisted, String basis) {}
