package org.smartpick.core.eligibility;

import java.util.Optional;
import java.util.function.ToLongFunction;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.YesNoUnknown;

/**
 * A program fact an eligibility rule reads, with the {@link Program} component it comes from and how it packs into
 * the rule-facts key: two bits for a yes/no/unknown fact, sixteen for a limit (0 when none is stated, else the limit
 * plus one; -1 when it does not fit).
 */
enum RuleFact {
    J1_SPONSORSHIP("j1Visa", 2, program -> stated(program.j1Visa()).ordinal()),
    H1B_SPONSORSHIP("h1bVisa", 2, program -> stated(program.h1bVisa()).ordinal()),
    CITIZENSHIP_RESTRICTED(
            "citizenshipRestricted",
            2,
            program -> citizenshipRestricted(program).ordinal()),
    MAX_YEARS_SINCE_GRADUATION("maxYearsSinceGraduation", 16, program -> limitBits(program.maxYearsSinceGraduation())),
    MAX_ATTEMPTS("maxAttempts", 16, program -> limitBits(program.maxAttempts())),
    MIN_STEP2_SCORE("minStep2Score", 16, program -> limitBits(program.minStep2Score()));

    private final String programComponent;
    private final int bits;
    // Each function is a stateless lambda over the Program record.
    @SuppressWarnings("ImmutableEnumChecker")
    private final ToLongFunction<Program> packed;

    RuleFact(String programComponent, int bits, ToLongFunction<Program> packed) {
        this.programComponent = programComponent;
        this.bits = bits;
        this.packed = packed;
    }

    /** The name of the {@link Program} record component this fact is read from. */
    String programComponent() {
        return programComponent;
    }

    /** How many bits of the key the fact takes. */
    int bits() {
        return bits;
    }

    /** The fact of {@code program} as the rules see it, below {@code 2^bits}; -1 when it does not fit. */
    long packed(Program program) {
        return packed.applyAsLong(program);
    }

    static YesNoUnknown citizenshipRestricted(Program program) {
        return stated(program.citizenshipRestricted());
    }

    /**
     * What a yes/no fact says about this program; unknown when the program has no such fact, no source states it,
     * or it was only inferred from another program (an inferred NO never excludes: it is a "verify").
     */
    static YesNoUnknown stated(Fact<YesNoUnknown> fact) {
        return fact == null ? YesNoUnknown.UNKNOWN : fact.statedValue().orElse(YesNoUnknown.UNKNOWN);
    }

    /** A limit a source states about this program; empty when there is none or it was inferred. */
    static <T> Optional<T> known(Fact<T> fact) {
        return fact == null ? Optional.empty() : fact.statedValue();
    }

    private static long limitBits(Fact<Integer> limit) {
        Optional<Integer> value = known(limit);
        if (value.isEmpty()) {
            return 0;
        }
        int v = value.get();
        return v >= 0 && v < 0xFFFF ? v + 1 : -1;
    }
}
