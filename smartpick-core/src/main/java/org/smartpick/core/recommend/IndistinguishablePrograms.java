package org.smartpick.core.recommend;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.smartpick.core.optimize.Candidate;

/**
 * Chosen programs the model cannot tell apart from programs left out: the same specialty, fee schedule, value and
 * chances with and without a signal. The optimizer must still pick one, and takes the lower ACGME id (repeatable, but
 * not a reason), so the answer says how many programs were chosen that way.
 */
final class IndistinguishablePrograms {
    /** What the model knows of a candidate; two candidates with equal keys are the same to it. */
    private record Key(String specialtyCode, String feeGroup, double utility, double p, double pSignal, double pGold) {
        static Key of(Candidate c) {
            return new Key(c.specialtyCode(), c.feeGroup(), c.utility(), c.p(), c.pSignal(), c.pGold());
        }
    }

    private IndistinguishablePrograms() {}

    /**
     * The note for a list of {@code chosenIds} out of {@code candidates}, or empty when every chosen program differs
     * from every program left out.
     */
    static Optional<String> note(List<Candidate> candidates, Set<String> chosenIds) {
        Map<Key, Integer> chosenByKey = new HashMap<>();
        for (Candidate c : candidates) {
            if (chosenIds.contains(c.programId())) {
                chosenByKey.merge(Key.of(c), 1, Integer::sum);
            }
        }
        double[] chosenChances =
                chosenByKey.keySet().stream().mapToDouble(Key::p).sorted().toArray();
        Map<Key, Integer> twins = new HashMap<>();
        for (Candidate c : candidates) {
            // most programs left out differ from every chosen one in their chance alone: check that first
            if (Arrays.binarySearch(chosenChances, c.p()) >= 0 && !chosenIds.contains(c.programId())) {
                Key key = Key.of(c);
                if (chosenByKey.containsKey(key)) {
                    twins.merge(key, 1, Integer::sum);
                }
            }
        }
        int chosen = twins.keySet().stream().mapToInt(chosenByKey::get).sum();
        if (chosen == 0) {
            return Optional.empty();
        }
        int alike = twins.values().stream().mapToInt(Integer::intValue).sum();
        return Optional.of(
                chosen + (chosen == 1 ? " program" : " programs") + " in your list could not be told apart on"
                        + " the data we have from " + alike + (alike == 1 ? " program" : " programs")
                        + " left out (same specialty,"
                        + " fees, value and chances); the list took the lower ACGME ids among them, a repeatable but arbitrary"
                        + " choice: any of them would serve as well, so prefer by what you know of them.");
    }
}
