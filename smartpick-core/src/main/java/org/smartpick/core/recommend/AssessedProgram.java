package org.smartpick.core.recommend;

import java.util.Optional;
import org.smartpick.core.applicant.Target;
import org.smartpick.core.chance.ApplicantChances;
import org.smartpick.core.chance.ApplicantChances.ProgramFactors;
import org.smartpick.core.chance.ChanceEstimate;
import org.smartpick.core.eligibility.EligibilityVerdict;
import org.smartpick.core.pathways.InstitutionLink;
import org.smartpick.core.program.Program;
import org.smartpick.core.tiers.TrackRole;

/**
 * One program of a target specialty with its role, verdict, pathway link and, when it can be applied to, its
 * program factors and (in a reported list) its chances as numbers; {@link ApplicantChances#explain} gives their
 * contributions where the report shows them.
 */
record AssessedProgram(
        IndexedProgram indexed,
        Target target,
        TrackRole trackRole,
        double utility,
        Optional<InstitutionLink> link,
        EligibilityVerdict verdict,
        Optional<ProgramFactors> factors,
        Optional<ChanceEstimate> chance) {
    Program program() {
        return indexed.program();
    }
}
