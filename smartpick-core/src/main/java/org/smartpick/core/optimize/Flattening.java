package org.smartpick.core.optimize;

import java.util.List;
import java.util.OptionalInt;

/**
 * Where the diminishing-returns curve flattens for good: after n applications when, from n to the curve's end,
 * every further application adds less than {@code maxStep} to P(at least one match) and every point lies less than
 * {@code maxRest} below the curve's last value (so all further applications together add less than that), and that
 * flat stretch runs at least {@code minFurther} applications (a shorter one says nothing: close enough to its end,
 * any rising curve looks flat). Chances in probability units (0.001 = 0.1 percentage point). The curve runs to a
 * multiple of the list size, so "for good" means up to its end; a curve still rising there has no such point.
 */
public record Flattening(double maxStep, double maxRest, int minFurther) {
    public Flattening {
        if (!(maxStep > 0 && maxStep <= maxRest && maxRest < 1)) {
            throw new IllegalArgumentException(
                    "need 0 < maxStep <= maxRest < 1, were maxStep " + maxStep + ", maxRest " + maxRest);
        }
        if (minFurther < 1) {
            throw new IllegalArgumentException("minFurther must be >= 1, was " + minFurther);
        }
    }

    /**
     * The smallest list size on the curve after which it is flat for good, or empty when none (the flat stretch at
     * the curve's end, if any, is shorter than {@code minFurther}).
     */
    public OptionalInt after(List<CurvePoint> curve) {
        if (curve.size() < 2) {
            return OptionalInt.empty();
        }
        double end = curve.get(curve.size() - 1).pAtLeastOneMatch();
        int flatFrom = -1;
        for (int i = curve.size() - 2; i >= 0; i--) {
            double at = curve.get(i).pAtLeastOneMatch();
            if (curve.get(i + 1).pAtLeastOneMatch() - at >= maxStep || end - at >= maxRest) {
                break;
            }
            flatFrom = i;
        }
        if (flatFrom < 0
                || curve.get(curve.size() - 1).applications()
                                - curve.get(flatFrom).applications()
                        < minFurther) {
            return OptionalInt.empty();
        }
        return OptionalInt.of(curve.get(flatFrom).applications());
    }
}
