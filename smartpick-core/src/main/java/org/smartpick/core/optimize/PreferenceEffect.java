package org.smartpick.core.optimize;

/**
 * What the preference bonuses did to a list ({@link Candidate#preferenceBonus}): the largest bonus a chosen or
 * candidate program carries (in the objective's units), how many chosen programs carry a bonus and how many do not,
 * P(at least one match) of the list without the programs that carry none, and the best list the same search finds
 * when it counts no bonus: its P(at least one match) and its value of the objective. The last two are what holding
 * to the preferences is measured against.
 */
public record PreferenceEffect(
        double bonusPerProgram,
        int chosenInside,
        int chosenOutside,
        double pWithoutOutside,
        double pIgnoringPreferences,
        double achievedIgnoringPreferences) {
    public PreferenceEffect {
        if (chosenInside < 0 || chosenOutside < 0) {
            throw new IllegalArgumentException(
                    "chosen counts must be >= 0, were " + chosenInside + " and " + chosenOutside);
        }
    }
}
