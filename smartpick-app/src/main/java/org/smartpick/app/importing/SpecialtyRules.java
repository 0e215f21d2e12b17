package org.smartpick.app.importing;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.program.Specialty;
import org.smartpick.core.program.Track;

/**
 * Decides a program's track and ERAS cycle from its specialty code: the ERAS specialty list gives the cycle, the
 * specialty-tracks table names the codes that are not plain categorical residencies (combined, transitional,
 * fellowship) and the cycle of codes ERAS does not list. A fellowship-cycle code without an entry is a fellowship.
 */
public final class SpecialtyRules {
    private final Map<String, Specialty> specialties;
    private final Map<String, SpecialtyTrack> tracks;

    public SpecialtyRules(List<Specialty> specialties, List<SpecialtyTrack> tracks) {
        this.specialties =
                specialties.stream().collect(Collectors.toMap(Specialty::code, Function.identity(), (a, b) -> a));
        this.tracks = tracks.stream()
                .collect(Collectors.toMap(SpecialtyTrack::specialtyCode, Function.identity(), (a, b) -> a));
    }

    /** The ERAS cycle of a code, or empty when neither table knows the code. */
    public Optional<ApplicationCycle> findCycle(String specialtyCode) {
        Optional<ApplicationCycle> listed =
                Optional.ofNullable(specialties.get(specialtyCode)).map(Specialty::cycle);
        return listed.or(() -> Optional.ofNullable(tracks.get(specialtyCode)).flatMap(SpecialtyTrack::cycleIfUnlisted));
    }

    public Track trackOf(String specialtyCode) {
        SpecialtyTrack track = tracks.get(specialtyCode);
        if (track != null) {
            return track.track();
        }
        return findCycle(specialtyCode)
                        .filter(c -> c != ApplicationCycle.RESIDENCY_SEPTEMBER)
                        .isPresent()
                ? Track.FELLOWSHIP
                : Track.CATEGORICAL;
    }

    public Optional<String> findName(String specialtyCode) {
        return Optional.ofNullable(specialties.get(specialtyCode)).map(Specialty::name);
    }
}
