package org.smartpick.app.web.api;

import java.util.function.Function;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.YesNoUnknown;

/** The {@code visa} filter of the program search: which sponsorship the programs must state. */
public enum VisaFilter {
    /** The program states that it sponsors J-1 visas. */
    J1 {
        @Override
        boolean matches(Program program) {
            return says(program.j1Visa(), YesNoUnknown.YES);
        }
    },
    /** The program states that it sponsors H-1B visas. */
    H1B {
        @Override
        boolean matches(Program program) {
            return says(program.h1bVisa(), YesNoUnknown.YES);
        }
    },
    /** No source states the J-1 or the H-1B policy: the applicant must verify with the program. */
    UNKNOWN {
        @Override
        boolean matches(Program program) {
            return !isStated(program, Program::j1Visa) || !isStated(program, Program::h1bVisa);
        }
    };

    abstract boolean matches(Program program);

    private static boolean says(Fact<YesNoUnknown> fact, YesNoUnknown answer) {
        return fact.value().filter(answer::equals).isPresent();
    }

    private static boolean isStated(Program program, Function<Program, Fact<YesNoUnknown>> policy) {
        return policy.apply(program)
                .value()
                .filter(v -> v != YesNoUnknown.UNKNOWN)
                .isPresent();
    }
}
