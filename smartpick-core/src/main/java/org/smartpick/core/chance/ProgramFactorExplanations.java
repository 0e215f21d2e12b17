package org.smartpick.core.chance;

import java.util.List;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.chance.ApplicantChances.ProgramFactors;
import org.smartpick.core.program.Program;

/**
 * The program-level factors of one estimate in words, with the same x and log-odds the estimate summed: what an
 * applicant reads under each program. Only explained estimates ask for them; lists and what-ifs weigh the numbers alone.
 */
final class ProgramFactorExplanations {
    private final ApplicantChances chances;
    private final ModelParameters parameters;
    private final Profile profile;
    private final boolean img;
    private final Contribution imgShareNotImg;
    private final Contribution imgShareUnknown;
    private final Contribution interviewsUnknown;
    private final Contribution imgShareReplaced;
    private final Contribution opennessUnknown;
    private final Contribution selectivityUnknown;

    ProgramFactorExplanations(ApplicantChances chances, ModelParameters parameters, Profile profile) {
        this.chances = chances;
        this.parameters = parameters;
        this.profile = profile;
        this.img = profile.applicantType().isImg();
        this.imgShareNotImg = chances.contribution(Factor.IMG_SHARE, 0, "applies to IMGs only");
        this.imgShareUnknown = chances.contribution(Factor.IMG_SHARE, 0, "the program's IMG share is unknown");
        this.interviewsUnknown =
                chances.contribution(Factor.INTERVIEWS_PER_POSITION, 0, "interviews or positions unknown");
        this.imgShareReplaced = chances.contribution(
                Factor.IMG_SHARE,
                0,
                "the program's own interview rate for your applicant type "
                        + "is known and stands in for its IMG share");
        this.opennessUnknown =
                chances.contribution(Factor.PROGRAM_OPENNESS, 0, "no 2024 interview rate for your applicant type");
        this.selectivityUnknown =
                chances.contribution(Factor.STEP2_AT_SELECTIVE, 0, "residents' scores unknown or typical");
    }

    /** The applicant's terms, then the program-level factors in the order the estimate sums them. */
    List<Contribution> contributions(Program program, SpecialtyTerms base, ProgramFactors f) {
        int applicantTerms = base.contributions().size();
        Contribution[] contributions = base.contributions().toArray(new Contribution[applicantTerms + 6]);
        contributions[applicantTerms] =
                Double.isNaN(f.opennessX()) ? imgShare(program, f.imgShareX()) : imgShareReplaced;
        contributions[applicantTerms + 1] = f.visa();
        contributions[applicantTerms + 2] = f.state();
        contributions[applicantTerms + 3] = interviewsPerPosition(program, f.interviewsX());
        contributions[applicantTerms + 4] = openness(program, f.opennessX(), base.opennessLogit());
        contributions[applicantTerms + 5] = selectivity(program, base, f);
        return List.of(contributions);
    }

    private Contribution imgShare(Program program, double x) {
        if (!img) {
            return imgShareNotImg;
        }
        if (Double.isNaN(x)) {
            return imgShareUnknown;
        }
        return chances.contribution(
                Factor.IMG_SHARE,
                x,
                "the program's residents are "
                        + ApplicantChances.round(program.imgSharePct().value().get())
                        + "% IMGs against a reference of "
                        + ApplicantChances.round(parameters.references().imgSharePct()) + "%"
                        + (program.imgSharePct().isStated() ? "" : " (inferred from another program: counted half)"));
    }

    private Contribution openness(Program program, double x, double reference) {
        if (Double.isNaN(x)) {
            return opennessUnknown;
        }
        double rate = program.interviewRates()
                .forType(profile.applicantType())
                .value()
                .get();
        return chances.contribution(
                Factor.PROGRAM_OPENNESS,
                x,
                "the program interviewed " + Math.round(100 * rate) + "% of "
                        + ApplicantChances.label(profile.applicantType().name())
                        + " applicants in the 2024 season against "
                        + Math.round(100 * ApplicantChances.sigmoid(reference))
                        + "% at a typical program of the specialty");
    }

    private Contribution selectivity(Program program, SpecialtyTerms base, ProgramFactors factors) {
        double s = factors.selectivity();
        if (s == 0) {
            return selectivityUnknown;
        }
        return chances.contribution(
                Factor.STEP2_AT_SELECTIVE,
                base.step2LogOdds() * s,
                "residents' average Step 1 "
                        + program.selectivity().residentsStep1Range().value().get() + ": your Step 2 CK counts "
                        + (s > 0 ? "more" : "less") + " here than at a typical program");
    }

    private Contribution interviewsPerPosition(Program program, double x) {
        if (Double.isNaN(x)) {
            return interviewsUnknown;
        }
        return chances.contribution(
                Factor.INTERVIEWS_PER_POSITION,
                x,
                program.interviewsLastYear().value().get() + " interviews for "
                        + program.firstYearPositions().value().get() + " positions ("
                        + ApplicantChances.round(ProgramFactorReader.interviewsPerPosition(program))
                        + " per position, reference "
                        + ApplicantChances.round(parameters.references().interviewsPerPosition()) + ")");
    }
}
