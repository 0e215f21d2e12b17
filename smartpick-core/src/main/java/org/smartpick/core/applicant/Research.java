package org.smartpick.core.applicant;

/** Research output; {@code inSpecialty} counts the items (of any kind) in the goal specialty. */
public record Research(int publications, int abstracts, int posters, int inSpecialty) {
    public static Research none() {
        return new Research(0, 0, 0, 0);
    }

    public int totalItems() {
        return publications + abstracts + posters;
    }
}
