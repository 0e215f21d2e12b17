package org.smartpick.app.web.api;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.smartpick.core.applicant.ProfileLimits;
import org.smartpick.core.common.Problem;

/** Reads a whole-number parameter in a range, adding a problem that names the field and the range when it is not. */
final class WholeNumber {
    private WholeNumber() {}

    /** Empty when absent or bad (bad adds a problem). */
    static OptionalInt parse(Optional<String> text, String field, ProfileLimits.Range range, List<Problem> problems) {
        return parse(text, field, range.min(), range.max(), problems);
    }

    /** Empty when absent or bad (bad adds a problem). */
    static OptionalInt parse(Optional<String> text, String field, int min, int max, List<Problem> problems) {
        if (text.isEmpty()) {
            return OptionalInt.empty();
        }
        try {
            int value = Integer.parseInt(text.get().trim());
            if (value >= min && value <= max) {
                return OptionalInt.of(value);
            }
        } catch (NumberFormatException e) {
            // reported below with the accepted range
        }
        problems.add(new Problem(
                field,
                field + " must be a whole number between " + min + " and " + max + "; you sent '" + clip(text.get())
                        + "'"));
        return OptionalInt.empty();
    }

    /** Echoes at most 40 characters of what the client sent. */
    static String clip(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
