package org.smartpick.core.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The order the report lists programs in: selected programs first, then by falling chance of matching as shown (to
 * 0.01 percentage point). Programs the shown chance cannot tell apart are ordered by what else the model says of them:
 * the narrower chance range first (more is known of the program), then the higher interview chance; the id decides only
 * between programs equal on all of these, which the answer's note on indistinguishable programs owns up to.
 */
final class ListOrder {
    /** Programs of one shown chance: the narrower range, then the higher interview chance, then the id. */
    private static final Comparator<ProgramResult> WITHIN_A_TIE = Comparator.comparingDouble(
                    (ProgramResult p) -> p.pMatchHigh() - p.pMatchLow())
            .thenComparing(Comparator.comparingDouble(ProgramResult::pInterview).reversed())
            .thenComparing(ProgramResult::id);

    private ListOrder() {}

    /**
     * The programs in list order, a stable sort. The first two keys and the position are packed into one number per
     * program and sorted as numbers; only programs that tie on both are compared by {@link #WITHIN_A_TIE}.
     */
    static List<ProgramResult> inListOrder(List<ProgramResult> programs) {
        long[] keys = new long[programs.size()];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = listOrder(programs.get(i)) << Integer.SIZE | i;
        }
        Arrays.sort(keys);
        List<ProgramResult> ordered = new ArrayList<>(keys.length);
        int tieStart = 0;
        for (int i = 0; i < keys.length; i++) {
            ordered.add(programs.get((int) keys[i]));
            boolean tieEnds = i + 1 == keys.length || keys[i + 1] >>> Integer.SIZE != keys[i] >>> Integer.SIZE;
            if (tieEnds) {
                if (i > tieStart) {
                    ordered.subList(tieStart, i + 1).sort(WITHIN_A_TIE);
                }
                tieStart = i + 1;
            }
        }
        return ordered;
    }

    /**
     * A program's place before its id is compared, smaller first: 0 for selected programs and 1 for the others
     * times 2^16, plus the shown chance of matching in ten-thousandths counted down from 10,000.
     */
    private static long listOrder(ProgramResult program) {
        long shown = Math.round(program.pMatch() * 10_000);
        if (shown < 0 || shown > 10_000) {
            throw new IllegalStateException(
                    "chance of matching must be 0..1, was " + program.pMatch() + " at " + program.id());
        }
        return (program.selected() ? 0 : 1L << 16) + 10_000 - shown;
    }
}
