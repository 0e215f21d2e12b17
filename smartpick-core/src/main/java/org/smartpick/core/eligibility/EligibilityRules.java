package org.smartpick.core.eligibility;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.smartpick.core.applicant.ExamResult;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Usmle;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.YesNoUnknown;

/**
 * The hard rules that decide, before any scoring, whether an applicant can apply to a program, run in a fixed order
 * and cached by the program facts they declare ({@link EligibilityRule}). One method per rule, by subject in
 * {@link VisaRules}, {@link ProgramLimitRules} and {@link EcfmgCertificationRule}; each returns the rule id, its
 * effect, the program fact and the profile fact it used. Unknown program facts
 * never exclude: they pass with the reason or ask the applicant to verify. What the applicant can still complete by
 * the date a program needs it this season ({@link SeasonDeadlines}) is a condition, not an exclusion: H-1B only
 * without Step 3, ECFMG certification pending, no Step 2 CK score at a program with a stated minimum.
 *
 * <p>{@code seasonYear} is the year residency starts (the ERAS 2026 season starts in July 2026).
 */
public final class EligibilityRules {
    public static final String VISA_SPONSORSHIP = "visa.sponsorship";
    public static final String H1B_REQUIRES_STEP3 = "visa.h1b-requires-step3";
    public static final String CITIZENSHIP_FUNDING = "funding.citizenship-restricted";
    public static final String YEARS_SINCE_GRADUATION = "limit.years-since-graduation";
    public static final String ATTEMPTS = "limit.attempts";
    public static final String MIN_STEP2 = "limit.min-step2ck";
    public static final String ECFMG_CERTIFICATION = "ecfmg.certification";

    private final EligibilityPolicy policy;
    private final ProgramLimitRules limits;

    public EligibilityRules(EligibilityPolicy policy) {
        this.policy = policy;
        this.limits = new ProgramLimitRules(policy);
    }

    /** The version of the policy file these rules apply. */
    public String policyVersion() {
        return policy.version();
    }

    /** Every rule applied to one program, in a fixed order. */
    public EligibilityVerdict verdict(Profile profile, Program program, int seasonYear) {
        return forApplicant(profile, seasonYear).verdict(program);
    }

    /**
     * The rules for one applicant and season, for judging many programs, without the season's dates: nothing can be
     * a condition (no date says by when), so what a condition would wait for excludes or asks to verify.
     */
    public ApplicantRules forApplicant(Profile profile, int seasonYear) {
        return new ApplicantRules(EligibilityFacts.of(profile), seasonYear, Optional.empty());
    }

    /** The rules for one applicant in the season of {@code deadlines}, whose dates make conditions of what can be done. */
    public ApplicantRules forApplicant(Profile profile, SeasonDeadlines deadlines) {
        return new ApplicantRules(EligibilityFacts.of(profile), deadlines.season(), Optional.of(deadlines));
    }

    /**
     * The rules for one applicant and season: what they read from the profile alone (failed attempts, the ECFMG
     * outcome, which no program fact changes) is decided once, so each program adds only its own facts.
     */
    public final class ApplicantRules {
        private final EligibilityFacts profile;
        private final int seasonYear;
        private final Optional<SeasonDeadlines> deadlines;
        private final int failedAttempts;
        private final boolean h1bOnly;
        private final RuleOutcome ecfmg;
        private final CitedProfileFacts facts;

        private ApplicantRules(EligibilityFacts profile, int seasonYear, Optional<SeasonDeadlines> deadlines) {
            this.profile = profile;
            this.seasonYear = seasonYear;
            this.deadlines = deadlines;
            this.failedAttempts = failedAttempts(profile.usmle());
            this.h1bOnly = VisaRules.h1bOnly(profile.visa());
            this.ecfmg = EcfmgCertificationRule.outcome(profile, seasonYear, deadlines);
            this.facts = CitedProfileFacts.of(profile, failedAttempts, seasonYear);
        }

        /**
         * Whether these rules give the same verdicts as {@code other} at every program: same facts, same season, same
         * dates (a condition names them).
         */
        public boolean sameVerdictsAs(ApplicantRules other) {
            return seasonYear == other.seasonYear && profile.equals(other.profile) && deadlines.equals(other.deadlines);
        }

        /** Every rule applied to one program, in a fixed order. */
        public EligibilityVerdict verdict(Program program) {
            return EligibilityVerdict.of(
                    program.id(),
                    List.of(
                            VisaRules.visaSponsorship(profile, facts, program),
                            VisaRules.h1bRequiresStep3(profile, facts, h1bOnly, program, deadlines),
                            VisaRules.citizenshipRestrictedFunding(profile, facts, program),
                            limits.yearsSinceGraduation(profile, facts, program, seasonYear),
                            limits.attempts(profile, facts, failedAttempts, program),
                            limits.minimumStep2(profile, facts, program, deadlines),
                            ecfmg));
        }

        /** A judge of many programs under these rules, for one thread. */
        public Judge judge() {
            return new Judge();
        }

        /**
         * Gives the same verdicts as {@link #verdict}, deciding each distinct combination of the program facts the
         * rules read only once: each rule declares the facts it reads ({@link EligibilityRule}), the key packs their
         * union ({@link #ruleFactsKey}), most programs share one of a few combinations, and programs that agree on
         * all of them get the same outcomes (the same texts). Not thread-safe.
         */
        public final class Judge {
            /** The first combinations are found by a scan (the shipped catalog has five); any beyond by hashing. */
            private static final int SCANNED = 16;

            private final long[] scannedKeys = new long[SCANNED];
            private final Decided[] scannedDecided = new Decided[SCANNED];
            private int scanned;
            private final Map<Long, Decided> beyondScanned = new HashMap<>();

            private Judge() {}

            public EligibilityVerdict verdict(Program program) {
                return verdict(program, ruleFactsKey(program));
            }

            /**
             * The verdict at a program whose {@link #ruleFactsKey} is given (worked out once per catalog program by
             * a caller that judges the same programs often).
             */
            public EligibilityVerdict verdict(Program program, long ruleFactsKey) {
                if (ruleFactsKey < 0) {
                    return ApplicantRules.this.verdict(program);
                }
                Decided decided = decided(ruleFactsKey);
                if (decided == null) {
                    EligibilityVerdict first = ApplicantRules.this.verdict(program);
                    decided = new Decided(first.status(), first.outcomes());
                    keep(ruleFactsKey, decided);
                }
                return new EligibilityVerdict(program.id(), decided.status(), decided.outcomes());
            }

            private Decided decided(long key) {
                for (int i = 0; i < scanned; i++) {
                    if (scannedKeys[i] == key) {
                        return scannedDecided[i];
                    }
                }
                return scanned < SCANNED ? null : beyondScanned.get(key);
            }

            private void keep(long key, Decided decided) {
                if (scanned < SCANNED) {
                    scannedKeys[scanned] = key;
                    scannedDecided[scanned++] = decided;
                } else {
                    beyondScanned.put(key, decided);
                }
            }
        }
    }

    /** The status and outcomes of one combination of the program facts the rules read. */
    private record Decided(EligibilityStatus status, List<RuleOutcome> outcomes) {}

    /**
     * The program facts the rules declare they read ({@link EligibilityRule}), packed into one number; -1 when a
     * fact does not fit its bits, so that the program is judged on its own. Programs with the same key get the same
     * outcomes from the same applicant's rules. Worked out once per catalog program.
     */
    public static long ruleFactsKey(Program program) {
        return RuleFactsKey.of(program);
    }

    /** Visas the applicant accepts; an applicant who needs sponsorship but names none is taken to accept either. */
    public static List<VisaType> acceptedVisas(Profile profile) {
        return acceptedVisas(profile.visa());
    }

    static List<VisaType> acceptedVisas(Visa visa) {
        return visa.accepts().isEmpty() ? List.of(VisaType.J1, VisaType.H1B) : visa.accepts();
    }

    /** Whether the program sponsors {@code visa}, as a source states it about this program. */
    public static YesNoUnknown sponsorship(Program program, VisaType visa) {
        return RuleFact.stated(visa == VisaType.J1 ? program.j1Visa() : program.h1bVisa());
    }

    public static String sponsorshipFacts(Program program) {
        return "J-1 " + sponsorship(program, VisaType.J1) + ", H-1B " + sponsorship(program, VisaType.H1B);
    }

    /** Failed USMLE sittings: every sitting beyond the first, plus a final sitting that failed. */
    public static int failedAttempts(Usmle usmle) {
        return failed(usmle.step1().attempts(), usmle.step1().result() == ExamResult.FAIL)
                + failed(usmle.step2ck().attempts(), false)
                + failed(
                        usmle.step3().attempts(),
                        usmle.step3().taken() && !usmle.step3().passed());
    }

    private static int failed(int attempts, boolean lastFailed) {
        return Math.max(0, attempts - 1) + (lastFailed && attempts > 0 ? 1 : 0);
    }
}
