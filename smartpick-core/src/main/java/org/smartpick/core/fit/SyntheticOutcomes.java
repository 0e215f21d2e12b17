package org.smartpick.core.fit;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Random;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.chance.Factor;
import org.smartpick.core.chance.ModelParameters;
import org.smartpick.core.program.YesNoUnknown;

/**
 * SYNTHETIC outcome rows for testing {@code model fit}: random applicants and programs whose interviews follow the
 * given parameters' coefficients (plus an intercept and an unobserved applicant effect) and whose matches follow
 * P(match | interview). Not real data: it only shows that the fit recovers known coefficients.
 */
public final class SyntheticOutcomes {
    public static final double TRUE_INTERCEPT = -0.8;
    public static final double APPLICANT_EFFECT_SD = 0.4;
    private static final String[] CODES = {"140", "320", "120", "400", "080", "765"};

    private SyntheticOutcomes() {}

    /** {@code applicants} applicants with {@code programsEach} rows each, from a seeded generator. */
    public static List<OutcomeRow> generate(ModelParameters truth, Random random, int applicants, int programsEach) {
        Features features = new Features(truth);
        List<OutcomeRow> rows = new ArrayList<>();
        int line = 1;
        for (int a = 0; a < applicants; a++) {
            ApplicantType type = ApplicantType.values()[random.nextInt(4)];
            boolean img = type.isImg();
            double effect = random.nextGaussian() * APPLICANT_EFFECT_SD;
            OptionalInt step2 = OptionalInt.of((int) Math.round(240 + random.nextGaussian() * 14));
            OptionalInt step1 = random.nextInt(3) == 0
                    ? OptionalInt.of((int) Math.round(225 + random.nextGaussian() * 15))
                    : OptionalInt.empty();
            boolean step3 = img && random.nextInt(4) == 0;
            int failed = random.nextInt(10) < 8 ? 0 : 1 + random.nextInt(2);
            int years = img ? random.nextInt(12) : random.nextInt(2);
            int handsOn = img ? random.nextInt(13) : 0;
            int observing = img ? random.nextInt(13) : 0;
            int usLetters = random.nextInt(5);
            int research = random.nextInt(15);
            int researchIn = random.nextInt(6);
            int months = random.nextInt(20);
            int letters = random.nextInt(4);
            String goal = CODES[random.nextInt(CODES.length)];
            for (int k = 0; k < programsEach; k++) {
                String code = random.nextInt(3) == 0 ? CODES[random.nextInt(CODES.length)] : goal;
                YesNoUnknown sponsors =
                        YesNoUnknown.values()[random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 6 ? 2 : 1];
                OptionalInt imgShare = random.nextBoolean() ? OptionalInt.of(random.nextInt(90)) : OptionalInt.empty();
                int positions = 4 + random.nextInt(30);
                OptionalInt interviews = random.nextBoolean()
                        ? OptionalInt.of(positions * (5 + random.nextInt(20)))
                        : OptionalInt.empty();
                OutcomeRow draft = new OutcomeRow(
                        line,
                        type,
                        step2,
                        step1,
                        step3,
                        failed,
                        years,
                        handsOn,
                        observing,
                        usLetters,
                        research,
                        researchIn,
                        months,
                        letters,
                        code.equals(goal),
                        code,
                        type == ApplicantType.NON_US_IMG,
                        sponsors,
                        imgShare,
                        random.nextInt(4) == 0,
                        interviews,
                        OptionalInt.of(positions),
                        false,
                        false);
                double[] x = features.of(draft);
                double z = TRUE_INTERCEPT + effect;
                for (Factor f : Factor.values()) {
                    z += truth.coefficient(f) * x[f.ordinal()];
                }
                boolean interviewed = random.nextDouble() < 1 / (1 + Math.exp(-z));
                boolean matched = interviewed && random.nextDouble() < truth.matchGivenInterview(code);
                rows.add(new OutcomeRow(
                        line,
                        type,
                        step2,
                        step1,
                        step3,
                        failed,
                        years,
                        handsOn,
                        observing,
                        usLetters,
                        research,
                        researchIn,
                        months,
                        letters,
                        code.equals(goal),
                        code,
                        draft.visaNeeded(),
                        sponsors,
                        imgShare,
                        draft.preferredState(),
                        interviews,
                        draft.positions(),
                        interviewed,
                        matched));
                line++;
            }
        }
        return rows;
    }
}
