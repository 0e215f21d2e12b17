package org.smartpick.app.importing;

import java.util.Locale;

/**
 * Turns a program or sponsor display name into the institution name SmartPick shows, and into a key that compares
 * the same institution across sources (ERAS, FREIDA and ACGME spell names slightly differently).
 */
public final class InstitutionName {
    private InstitutionName() {}

    /** The display name without a trailing "Program" or "Residency Program" and with single spaces. */
    public static String normalise(String displayName) {
        String name = displayName.trim().replaceAll("\\s+", " ");
        String previous;
        do {
            previous = name;
            name = name.replaceAll("(?i)[\\s,;:-]*(residency\\s+)?program$", "").trim();
        } while (!name.equals(previous));
        return name.isEmpty() ? displayName.trim() : name;
    }

    /** A comparison key: lower case letters and digits only, "saint" and "st" read alike. */
    public static String key(String institution) {
        String lower = normalise(institution).toLowerCase(Locale.ROOT).replace("saint ", "st ");
        return lower.replaceAll("[^a-z0-9]", "");
    }

    /** True when two (institution, city, state) triples name the same place. */
    public static boolean samePlace(
            String institutionA, String cityA, String stateA, String institutionB, String cityB, String stateB) {
        return key(institutionA).equals(key(institutionB))
                && key(cityA).equals(key(cityB))
                && stateA.equalsIgnoreCase(stateB);
    }
}
