package org.smartpick.core.chance;

import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.eligibility.EligibilityRules;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.YesNoUnknown;

/**
 * Reads the program-level factors of the chance model from one program's facts for one applicant: the x of the
 * IMG-share, interviews-per-position and openness factors, the program's selectivity and the visa contribution. An x
 * is NaN where its fact is unknown or its factor does not apply; {@link ApplicantChances} counts those as 0.
 */
final class ProgramFactorReader {
    private final ApplicantChances chances;
    private final ModelParameters parameters;
    private final Profile profile;
    private final boolean img;
    private final SpecialtyTermsCache specialties;
    /** The visa contribution by J-1 and H-1B sponsorship (3 x 3 answers), and one for applicants who need none. */
    private final Contribution[] visaTerms = new Contribution[10];

    ProgramFactorReader(
            ApplicantChances chances, ModelParameters parameters, Profile profile, SpecialtyTermsCache specialties) {
        this.chances = chances;
        this.parameters = parameters;
        this.profile = profile;
        this.img = profile.applicantType().isImg();
        this.specialties = specialties;
    }

    /** The IMG-share x, or NaN when the applicant is no IMG or the share is unknown. */
    double imgShareX(Program program) {
        return img ? imgShareXForImg(program, parameters.references()) : Double.NaN;
    }

    /** The IMG-share x for an IMG applicant, or NaN when the share is unknown. */
    static double imgShareXForImg(Program program, References references) {
        if (program.imgSharePct() == null || !program.imgSharePct().isKnown()) {
            return Double.NaN;
        }
        double pct = program.imgSharePct().value().get();
        double x = ApplicantChances.clamp((pct - references.imgSharePct()) / 10, -3, 7);
        // A share inferred from another program (a combined program's core) counts half: it is a prior, not a fact.
        return program.imgSharePct().isStated() ? x : x / 2;
    }

    /** The visa contribution, shared by all programs with the same J-1 and H-1B sponsorship facts. */
    Contribution visa(Program program) {
        boolean needs = profile.visa().needsSponsorship();
        int slot = needs
                ? EligibilityRules.sponsorship(program, VisaType.J1).ordinal() * 3
                        + EligibilityRules.sponsorship(program, VisaType.H1B).ordinal()
                : 9;
        if (visaTerms[slot] == null) {
            visaTerms[slot] = needs
                    ? sponsoredVisa(program)
                    : chances.contribution(Factor.VISA_UNKNOWN, 0, "you need no visa sponsorship");
        }
        return visaTerms[slot];
    }

    private Contribution sponsoredVisa(Program program) {
        YesNoUnknown best = YesNoUnknown.NO;
        for (VisaType visa : EligibilityRules.acceptedVisas(profile)) {
            YesNoUnknown s = EligibilityRules.sponsorship(program, visa);
            if (s == YesNoUnknown.YES || (s == YesNoUnknown.UNKNOWN && best == YesNoUnknown.NO)) {
                best = s;
            }
        }
        String facts = "program sponsorship " + EligibilityRules.sponsorshipFacts(program) + "; you accept "
                + EligibilityRules.acceptedVisas(profile);
        if (best == YesNoUnknown.YES) {
            return chances.contribution(Factor.VISA_UNKNOWN, 0, facts + ": a visa you accept is sponsored");
        }
        if (best == YesNoUnknown.UNKNOWN) {
            return chances.contribution(Factor.VISA_UNKNOWN, 1, facts + ": sponsorship unknown");
        }
        return chances.contribution(Factor.VISA_NOT_SPONSORED, 1, facts + ": none of your visas is sponsored");
    }

    /**
     * The openness x: the log-odds of the program's stated interview rate for the applicant's type, shrunk toward its
     * specialty's mean (the rates come without counts: 0.00 and 1.00 are not certainties), over that mean; NaN when
     * the program or its specialty has no rate for the type.
     */
    double opennessX(Program program) {
        Fact<Double> rate = program.interviewRates().forType(profile.applicantType());
        if (!rate.isStated() || rate.value().isEmpty()) {
            return Double.NaN;
        }
        SpecialtyTerms specialty = specialties.get(program.specialtyCode(), program.track());
        return opennessX(rate.value().get(), specialty.opennessLogit(), parameters.references());
    }

    /**
     * The openness x of a stated interview rate against its specialty's mean log-odds {@code reference} for the
     * applicant's type (NaN when the specialty has none).
     */
    static double opennessX(double rate, double reference, References references) {
        if (Double.isNaN(reference)) {
            return Double.NaN;
        }
        double typical = ApplicantChances.sigmoid(reference);
        double n = references.opennessRateCount();
        double k = references.opennessPseudoCount();
        double shrunk = (n * rate + k * typical) / (n + k);
        return ApplicantChances.clamp(Math.log(shrunk / (1 - shrunk)) - reference, -3, 3);
    }

    /** Residents' average Step 1 band as selectivity: -1 (below 210) .. +1 (above 245); 0 when unknown. */
    static double selectivity(Program program) {
        Fact<String> band = program.selectivity().residentsStep1Range();
        if (band.value().isEmpty() || !band.isStated()) {
            return 0;
        }
        switch (band.value().get()) {
            case "Below 210":
                return -1;
            case "210-225":
                return -0.83;
            case "226-235":
                return 0.03;
            case "236-245":
                return 0.7;
            case "Greater than 245":
                return 1;
            default:
                return 0;
        }
    }

    /** The interviews-per-position x, or NaN when interviews or positions are unknown. */
    double interviewsX(Program program) {
        return interviewsX(program, parameters.references());
    }

    static double interviewsX(Program program, References references) {
        boolean known = program.interviewsLastYear() != null
                && program.interviewsLastYear().isKnown()
                && program.firstYearPositions() != null
                && program.firstYearPositions().isKnown()
                && program.firstYearPositions().value().get() > 0
                && program.interviewsLastYear().value().get() > 0;
        if (!known) {
            return Double.NaN;
        }
        return ApplicantChances.clamp(
                Math.log(interviewsPerPosition(program) / references.interviewsPerPosition()), -1.5, 1.5);
    }

    static double interviewsPerPosition(Program program) {
        return (double) program.interviewsLastYear().value().get()
                / program.firstYearPositions().value().get();
    }
}
