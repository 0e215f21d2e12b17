package org.smartpick.core.recommend;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.smartpick.core.applicant.Preferences;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Setting;

/**
 * The applicant's preferred states and settings as the list weighs them. A program is inside them when it is in one
 * of the states (if any are named) and of one of the settings (if any are named); a program whose state or setting no
 * source gives is not known to be inside, so it counts as outside.
 */
record StatedPreferences(Set<String> states, Set<Setting> settings) {
    StatedPreferences {
        states = Set.copyOf(states);
        // an enum set: the membership test runs for every candidate program
        settings = settings.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(settings));
    }

    /** The profile's preferences; labels that name no setting were rejected when the profile was checked. */
    static StatedPreferences of(Preferences preferences) {
        Set<Setting> settings = new TreeSet<>();
        for (String label : preferences.settings()) {
            Setting.find(label).ifPresent(settings::add);
        }
        return new StatedPreferences(new TreeSet<>(preferences.states()), settings);
    }

    /** Whether the applicant named any state or setting. */
    boolean stated() {
        return !states.isEmpty() || !settings.isEmpty();
    }

    boolean inStates(Program program) {
        return states.isEmpty() || (program.state() != null && states.contains(program.state()));
    }

    boolean inSettings(Program program) {
        if (settings.isEmpty()) {
            return true;
        }
        Setting setting = program.setting().value().orElse(null);
        return setting != null && settings.contains(setting);
    }

    /** Whether the program is inside every preference the applicant stated. */
    boolean inside(Program program) {
        return inStates(program) && inSettings(program);
    }

    /**
     * {@link #inside(Program)} for a catalog program, its state looked up by its index in {@code preferredStates}
     * ({@link CatalogIndex#preferredStates} of an applicant with these states) rather than by its name.
     */
    boolean inside(IndexedProgram program, boolean[] preferredStates) {
        return (states.isEmpty() || program.inPreferredState(preferredStates)) && inSettings(program.program());
    }
}
