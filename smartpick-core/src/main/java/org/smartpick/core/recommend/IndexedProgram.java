package org.smartpick.core.recommend;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.chance.ChanceModel;
import org.smartpick.core.chance.ProgramXs;
import org.smartpick.core.eligibility.EligibilityRules;
import org.smartpick.core.pathways.InstitutionLink;
import org.smartpick.core.program.Program;
import org.smartpick.core.tiers.ProgramStanding;
import org.smartpick.core.tiers.TierClassifier;

/**
 * A catalog program with its place in the catalog (which holds the programs in id order), the key that groups
 * programs of one institution, the index of its state among the catalog's {@link CatalogIndex#states} (-1 when
 * unknown), the facts its eligibility is judged on ({@link EligibilityRules#ruleFactsKey}) and, by pathway family,
 * its link to an institution with a goal program (most programs have none); built once per catalog.
 */
record IndexedProgram(
        Program program,
        int idOrder,
        String institutionKey,
        int stateIndex,
        long ruleFactsKey,
        Map<String, Optional<InstitutionLink>> linkByFamily,
        List<TierClassifier.ProgramFacts> tierFactsByType,
        ProgramXs xs) {
    static IndexedProgram of(
            Program program,
            int idOrder,
            List<String> states,
            Map<String, Optional<InstitutionLink>> linkByFamily,
            TierClassifier tiers,
            ChanceModel model) {
        ProgramStanding standing = tiers.standingOf(program);
        List<TierClassifier.ProgramFacts> tierFacts = Arrays.stream(ApplicantType.values())
                .map(t -> tiers.factsOf(program, standing, t))
                .toList();
        return new IndexedProgram(
                program,
                idOrder,
                (program.institution() + "|" + program.city() + "|" + program.state()).toLowerCase(Locale.ROOT),
                program.state() == null ? -1 : Collections.binarySearch(states, program.state()),
                EligibilityRules.ruleFactsKey(program),
                Map.copyOf(linkByFamily),
                tierFacts,
                model.programXs(program));
    }

    /** What the tier classifier reads of the program for applicants of {@code type}. */
    TierClassifier.ProgramFacts tierFacts(ApplicantType type) {
        return tierFactsByType.get(type.ordinal());
    }

    /** Whether the program's state is preferred, given {@link CatalogIndex#preferredStates} of the applicant. */
    boolean inPreferredState(boolean[] preferredStates) {
        return stateIndex >= 0 && preferredStates[stateIndex];
    }

    Optional<InstitutionLink> link(String family) {
        return linkByFamily.getOrDefault(family, Optional.empty());
    }
}
