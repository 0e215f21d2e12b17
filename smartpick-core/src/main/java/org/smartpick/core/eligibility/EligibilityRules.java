package org.smartpick.core.eligibility;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.smartpick.core.applicant.ExamResult;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Usmle;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.YesNoUnknown;

/**
 * The hard rules that decide, before any scoring, whether an applicant can apply to a program. One method per
 * rule; each returns the rule id, its effect, the program fact and the profile fact it used. Unknown program facts
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

    public EligibilityRules(EligibilityPolicy policy) {
        this.policy = policy;
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
        private final ProfileFacts facts;

        private ApplicantRules(EligibilityFacts profile, int seasonYear, Optional<SeasonDeadlines> deadlines) {
            this.profile = profile;
            this.seasonYear = seasonYear;
            this.deadlines = deadlines;
            this.failedAttempts = failedAttempts(profile.usmle());
            this.h1bOnly = h1bOnly(profile.visa());
            this.ecfmg = ecfmgCertification(profile, seasonYear, deadlines);
            this.facts = ProfileFacts.of(profile, failedAttempts, seasonYear);
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
                            visaSponsorship(profile, facts, program),
                            h1bRequiresStep3(profile, facts, h1bOnly, program, deadlines),
                            citizenshipRestrictedFunding(profile, facts, program),
                            yearsSinceGraduation(profile, facts, program, seasonYear),
                            attempts(profile, facts, failedAttempts, program),
                            minimumStep2(profile, facts, program, deadlines),
                            ecfmg));
        }

        /** A judge of many programs under these rules, for one thread. */
        public Judge judge() {
            return new Judge();
        }

        /**
         * Gives the same verdicts as {@link #verdict}, deciding each distinct combination of the program facts the
         * rules read only once: the rules read six facts of a program (J-1, H-1B and citizenship-restricted funding,
         * the limits on years since graduation and on sittings, the minimum Step 2 CK), most programs share one of a
         * few combinations, and programs that agree on all six get the same outcomes (the same texts). Not
         * thread-safe.
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
     * The program facts the rules read, packed into one number: two bits for each yes/no/unknown fact and sixteen
     * for each limit (0 when none is stated, else the limit plus one); -1 when a limit does not fit (below 0 or above
     * 65,534), so that the program is judged on its own. Programs with the same key get the same outcomes from the
     * same applicant's rules.
     */
    public static long ruleFactsKey(Program program) {
        long key = sponsorship(program, VisaType.J1).ordinal()
                | sponsorship(program, VisaType.H1B).ordinal() << 2
                | citizenshipRestricted(program).ordinal() << 4;
        long years = limitBits(program.maxYearsSinceGraduation());
        long sittings = limitBits(program.maxAttempts());
        long step2 = limitBits(program.minStep2Score());
        if (years < 0 || sittings < 0 || step2 < 0) {
            return -1;
        }
        return key | years << 6 | sittings << 22 | step2 << 38;
    }

    private static long limitBits(Fact<Integer> limit) {
        Optional<Integer> value = known(limit);
        if (value.isEmpty()) {
            return 0;
        }
        int v = value.get();
        return v >= 0 && v < 0xFFFF ? v + 1 : -1;
    }

    /**
     * The profile facts each rule cites, worded when read: they depend on the applicant alone, so one applicant's
     * outcomes at every program share them.
     */
    private record ProfileFacts(
            Supplier<String> visa,
            Supplier<String> h1b,
            Supplier<String> citizenship,
            Supplier<String> years,
            Supplier<String> attempts,
            Supplier<String> step2) {
        static ProfileFacts of(EligibilityFacts profile, int failed, int seasonYear) {
            List<VisaType> accepted = acceptedVisas(profile.visa());
            boolean needsVisa = profile.visa().needsSponsorship();
            boolean passed = profile.usmle().step3().passed();
            int years = seasonYear - profile.graduationYear();
            Usmle u = profile.usmle();
            int mostSittings = mostSittings(u);
            var score = u.step2ck().score();
            return new ProfileFacts(
                    needsVisa ? () -> "needs sponsorship, accepts " + accepted : () -> "needs sponsorship: no",
                    () -> "accepts " + profile.visa().accepts() + ", Step 3 " + (passed ? "passed" : "not passed"),
                    () -> "needs visa sponsorship: " + (needsVisa ? "yes" : "no"),
                    () -> "graduated " + profile.graduationYear() + ", " + years + " years before " + seasonYear,
                    () -> failed + " failed USMLE attempts, at most " + mostSittings + " sittings of one step",
                    () -> score.isPresent() ? "Step 2 CK " + score.getAsInt() : "Step 2 CK not taken");
        }
    }

    /** Visas the applicant accepts; an applicant who needs sponsorship but names none is taken to accept either. */
    public static List<VisaType> acceptedVisas(Profile profile) {
        return acceptedVisas(profile.visa());
    }

    private static List<VisaType> acceptedVisas(Visa visa) {
        return visa.accepts().isEmpty() ? List.of(VisaType.J1, VisaType.H1B) : visa.accepts();
    }

    public static YesNoUnknown sponsorship(Program program, VisaType visa) {
        return stated(visa == VisaType.J1 ? program.j1Visa() : program.h1bVisa());
    }

    private static YesNoUnknown citizenshipRestricted(Program program) {
        return stated(program.citizenshipRestricted());
    }

    /**
     * What a yes/no fact says about this program; unknown when the program has no such fact, no source states it,
     * or it was only inferred from another program (an inferred NO never excludes: it is a "verify").
     */
    private static YesNoUnknown stated(Fact<YesNoUnknown> fact) {
        return fact == null ? YesNoUnknown.UNKNOWN : fact.statedValue().orElse(YesNoUnknown.UNKNOWN);
    }

    public static String sponsorshipFacts(Program program) {
        return "J-1 " + sponsorship(program, VisaType.J1) + ", H-1B " + sponsorship(program, VisaType.H1B);
    }

    /** A program must sponsor at least one visa the applicant accepts; unknown sponsorship is "verify". */
    private RuleOutcome visaSponsorship(EligibilityFacts profile, ProfileFacts facts, Program program) {
        Supplier<String> programFact = () -> sponsorshipFacts(program);
        Supplier<String> profileFact = facts.visa();
        if (!profile.visa().needsSponsorship()) {
            return new RuleOutcome(
                    VISA_SPONSORSHIP,
                    RuleEffect.PASSES,
                    () -> "You do not need visa sponsorship.",
                    programFact,
                    profileFact);
        }
        List<VisaType> accepted = acceptedVisas(profile.visa());
        boolean unknown = false;
        for (VisaType visa : accepted) {
            YesNoUnknown s = sponsorship(program, visa);
            if (s == YesNoUnknown.YES) {
                return new RuleOutcome(
                        VISA_SPONSORSHIP,
                        RuleEffect.PASSES,
                        () -> "The program sponsors " + visaName(visa) + ", which you accept.",
                        programFact,
                        profileFact);
            }
            unknown |= s == YesNoUnknown.UNKNOWN;
        }
        if (unknown) {
            return new RuleOutcome(
                    VISA_SPONSORSHIP,
                    RuleEffect.VERIFY,
                    () ->
                            "No source states whether this program sponsors the visas you accept (an answer inferred from "
                                    + "another program does not rule it out); ask the program before applying.",
                    programFact,
                    profileFact);
        }
        return new RuleOutcome(
                VISA_SPONSORSHIP,
                RuleEffect.EXCLUDES,
                () -> "The program sponsors none of the visas you accept.",
                programFact,
                profileFact);
    }

    /**
     * Applicants who can only train on an H-1B need Step 3 passed: the H-1B petition requires it. While Step 3 sat
     * now can still bring its result by the rank-list deadline, that is a condition, not an exclusion.
     */
    private RuleOutcome h1bRequiresStep3(
            EligibilityFacts profile,
            ProfileFacts facts,
            boolean h1bOnly,
            Program program,
            Optional<SeasonDeadlines> deadlines) {
        Supplier<String> programFact = () -> "H-1B " + sponsorship(program, VisaType.H1B);
        boolean passed = profile.usmle().step3().passed();
        Supplier<String> profileFact = facts.h1b();
        if (!h1bOnly) {
            return new RuleOutcome(
                    H1B_REQUIRES_STEP3,
                    RuleEffect.PASSES,
                    () -> "You do not depend on an H-1B, so Step 3 is not required to start.",
                    programFact,
                    profileFact);
        }
        if (passed) {
            return new RuleOutcome(
                    H1B_REQUIRES_STEP3,
                    RuleEffect.PASSES,
                    () -> "You passed Step 3, which an H-1B petition for residency requires.",
                    programFact,
                    profileFact);
        }
        if (deadlines.isPresent() && deadlines.get().step3StillInTime()) {
            SeasonDeadlines d = deadlines.get();
            Condition condition = new Condition(
                    ConditionKind.STEP3_PASSED,
                    d.step3PassBy(),
                    "An H-1B petition for residency "
                            + "needs Step 3 passed, and programs that sponsor the H-1B want the result before they rank (the "
                            + "rank-list deadline); results take about " + d.step3ResultDays()
                            + " days, so sit Step 3 by " + d.step3SitBy() + ".");
            return new RuleOutcome(
                    H1B_REQUIRES_STEP3,
                    RuleEffect.CONDITION,
                    () -> "Open to you if you pass Step 3 by "
                            + d.step3PassBy() + ": you accept only an H-1B, which needs it; sit Step 3 by "
                            + d.step3SitBy()
                            + " (results take about " + d.step3ResultDays() + " days), or accept a J-1.",
                    programFact,
                    profileFact,
                    Optional.of(condition));
        }
        String tooLate = deadlines
                .map(d -> " A Step 3 result by this season's rank-list deadline (" + d.step3PassBy()
                        + ") needed the exam by " + d.step3SitBy() + ".")
                .orElse("");
        return new RuleOutcome(
                H1B_REQUIRES_STEP3,
                RuleEffect.EXCLUDES,
                () ->
                        "You accept only an H-1B, and an H-1B for residency needs Step 3 passed; pass Step 3 or accept a J-1."
                                + tooLate,
                programFact,
                profileFact);
    }

    /** Whether the applicant can only train on an H-1B: needs sponsorship and accepts no other visa. */
    private static boolean h1bOnly(Visa visa) {
        return visa.needsSponsorship() && visa.accepts().equals(List.of(VisaType.H1B));
    }

    /** Positions funded for US citizens and permanent residents only are closed to applicants who need a visa. */
    private RuleOutcome citizenshipRestrictedFunding(EligibilityFacts profile, ProfileFacts facts, Program program) {
        YesNoUnknown restricted = citizenshipRestricted(program);
        Supplier<String> programFact = () -> "citizenship-restricted funding " + restricted;
        boolean needsVisa = profile.visa().needsSponsorship();
        Supplier<String> profileFact = facts.citizenship();
        if (!needsVisa) {
            return new RuleOutcome(
                    CITIZENSHIP_FUNDING,
                    RuleEffect.PASSES,
                    () -> "You do not need a visa, so citizenship-restricted funding does not apply to you.",
                    programFact,
                    profileFact);
        }
        if (restricted == YesNoUnknown.YES) {
            return new RuleOutcome(
                    CITIZENSHIP_FUNDING,
                    RuleEffect.EXCLUDES,
                    () -> "The program's positions are funded for US citizens and permanent residents only.",
                    programFact,
                    profileFact);
        }
        if (restricted == YesNoUnknown.UNKNOWN) {
            return new RuleOutcome(
                    CITIZENSHIP_FUNDING,
                    RuleEffect.VERIFY,
                    () ->
                            "No source says whether the positions are open to visa holders (some are funded for citizens only); ask the program.",
                    programFact,
                    profileFact);
        }
        return new RuleOutcome(
                CITIZENSHIP_FUNDING,
                RuleEffect.PASSES,
                () -> "The program's funding is not restricted to citizens.",
                programFact,
                profileFact);
    }

    /** A program's limit on years since medical school graduation, counted to the season's start year. */
    private RuleOutcome yearsSinceGraduation(
            EligibilityFacts profile, ProfileFacts facts, Program program, int seasonYear) {
        int years = seasonYear - profile.graduationYear();
        Supplier<String> profileFact = facts.years();
        Optional<Integer> limit = known(program.maxYearsSinceGraduation());
        if (limit.isPresent()) {
            Supplier<String> programFact = () -> "accepts graduates up to " + limit.get() + " years out";
            return years > limit.get()
                    ? new RuleOutcome(
                            YEARS_SINCE_GRADUATION,
                            RuleEffect.EXCLUDES,
                            () -> "You graduated " + years + " years before the season; the program accepts at most "
                                    + limit.get() + ".",
                            programFact,
                            profileFact)
                    : new RuleOutcome(
                            YEARS_SINCE_GRADUATION,
                            RuleEffect.PASSES,
                            () -> "Your " + years + " years since graduation are within the program's limit of "
                                    + limit.get() + ".",
                            programFact,
                            profileFact);
        }
        Supplier<String> programFact = () -> "no stated limit on years since graduation";
        if (years > policy.verifyYearsSinceGraduationAbove()) {
            return new RuleOutcome(
                    YEARS_SINCE_GRADUATION,
                    RuleEffect.VERIFY,
                    () -> "You graduated " + years
                            + " years before the season, more than the " + policy.verifyYearsSinceGraduationAbove()
                            + " many programs accept; no source states this program's limit, so ask.",
                    programFact,
                    profileFact);
        }
        return new RuleOutcome(
                YEARS_SINCE_GRADUATION,
                RuleEffect.PASSES,
                () -> "No limit is stated and your " + years + " years since graduation are within common limits.",
                programFact,
                profileFact);
    }

    /** Failed USMLE sittings: every sitting beyond the first, plus a final sitting that failed. */
    public static int failedAttempts(Usmle usmle) {
        return failed(usmle.step1().attempts(), usmle.step1().result() == ExamResult.FAIL)
                + failed(usmle.step2ck().attempts(), false)
                + failed(
                        usmle.step3().attempts(),
                        usmle.step3().taken() && !usmle.step3().passed());
    }

    /** The most sittings of any one USMLE step. */
    private static int mostSittings(Usmle u) {
        return Math.max(
                u.step1().attempts(), Math.max(u.step2ck().attempts(), u.step3().attempts()));
    }

    private static int failed(int attempts, boolean lastFailed) {
        return Math.max(0, attempts - 1) + (lastFailed && attempts > 0 ? 1 : 0);
    }

    /** A program's limit on USMLE sittings per step; {@code failed} is the profile's {@link #failedAttempts}. */
    private RuleOutcome attempts(EligibilityFacts profile, ProfileFacts facts, int failed, Program program) {
        int mostSittings = mostSittings(profile.usmle());
        Supplier<String> profileFact = facts.attempts();
        Optional<Integer> limit = known(program.maxAttempts());
        if (limit.isPresent()) {
            Supplier<String> programFact = () -> "accepts at most " + limit.get() + " sittings per step";
            return mostSittings > limit.get()
                    ? new RuleOutcome(
                            ATTEMPTS,
                            RuleEffect.EXCLUDES,
                            () -> "You sat one step " + mostSittings + " times; the program accepts at most "
                                    + limit.get() + ".",
                            programFact,
                            profileFact)
                    : new RuleOutcome(
                            ATTEMPTS,
                            RuleEffect.PASSES,
                            () -> "Your USMLE sittings are within the program's limit of " + limit.get() + " per step.",
                            programFact,
                            profileFact);
        }
        Supplier<String> programFact = () -> "no stated attempts limit";
        if (failed > policy.verifyFailedAttemptsAbove()) {
            return new RuleOutcome(
                    ATTEMPTS,
                    RuleEffect.VERIFY,
                    () -> "You have " + failed
                            + " failed USMLE attempts and many programs screen them out; no source states this program's policy, so ask.",
                    programFact,
                    profileFact);
        }
        return new RuleOutcome(
                ATTEMPTS,
                RuleEffect.PASSES,
                () -> "No attempts limit is stated and you have " + failed + " failed attempts.",
                programFact,
                profileFact);
    }

    /**
     * A program's minimum Step 2 CK score; an applicant without a score cannot show they meet a stated minimum yet:
     * a condition while the score can still be out when programs begin reviewing, else a point to verify.
     */
    private RuleOutcome minimumStep2(
            EligibilityFacts profile, ProfileFacts facts, Program program, Optional<SeasonDeadlines> deadlines) {
        var score = profile.usmle().step2ck().score();
        Supplier<String> profileFact = facts.step2();
        Optional<Integer> minimum = known(program.minStep2Score());
        if (minimum.isPresent()) {
            Supplier<String> programFact = () -> "minimum Step 2 CK " + minimum.get();
            Optional<LocalDate> by = deadlines
                    .map(SeasonDeadlines::step2ScoreBy)
                    .filter(d -> deadlines.get().stillAhead(d));
            if (score.isEmpty() && by.isPresent()) {
                Condition condition = new Condition(
                        ConditionKind.STEP2CK_SCORE,
                        by.get(),
                        "The program states a minimum "
                                + "Step 2 CK of " + minimum.get()
                                + " and screens applications from the day residency programs "
                                + "begin reviewing; your score must be out by then.");
                return new RuleOutcome(
                        MIN_STEP2,
                        RuleEffect.CONDITION,
                        () -> "Open to you if your Step 2 CK is at least " + minimum.get() + " and reported by "
                                + by.get() + ", when programs begin reviewing applications.",
                        programFact,
                        profileFact,
                        Optional.of(condition));
            }
            if (score.isEmpty()) {
                return new RuleOutcome(
                        MIN_STEP2,
                        RuleEffect.VERIFY,
                        () -> "The program asks for Step 2 CK of at least " + minimum.get()
                                + " and you have no score yet; check its deadline for scores.",
                        programFact,
                        profileFact);
            }
            return score.getAsInt() < minimum.get()
                    ? new RuleOutcome(
                            MIN_STEP2,
                            RuleEffect.EXCLUDES,
                            () -> "Your Step 2 CK " + score.getAsInt() + " is below the program's minimum of "
                                    + minimum.get() + ".",
                            programFact,
                            profileFact)
                    : new RuleOutcome(
                            MIN_STEP2,
                            RuleEffect.PASSES,
                            () -> "Your Step 2 CK " + score.getAsInt() + " meets the program's minimum of "
                                    + minimum.get() + ".",
                            programFact,
                            profileFact);
        }
        Supplier<String> programFact = () -> "no stated minimum Step 2 CK";
        if (score.isEmpty() || score.getAsInt() < policy.verifyStep2Below()) {
            return new RuleOutcome(
                    MIN_STEP2,
                    RuleEffect.VERIFY,
                    () -> "No source states this program's minimum Step 2 CK and "
                            + (score.isEmpty()
                                    ? "you have no score yet"
                                    : "your " + score.getAsInt() + " is below the " + policy.verifyStep2Below()
                                            + " some programs require")
                            + "; ask the program.",
                    programFact,
                    profileFact);
        }
        return new RuleOutcome(
                MIN_STEP2,
                RuleEffect.PASSES,
                () -> "No minimum is stated and your Step 2 CK " + score.getAsInt() + " is above common cut-offs.",
                programFact,
                profileFact);
    }

    /**
     * IMGs must be ECFMG certified to start residency (July 1 of the season year) and to get a J-1: for an IMG not
     * yet certified, a condition dated by the season's residency start (a point to verify without the season's dates).
     */
    RuleOutcome ecfmgCertification(EligibilityFacts profile, int seasonYear, Optional<SeasonDeadlines> deadlines) {
        Supplier<String> programFact = () -> "ECFMG certification required by July 1, " + seasonYear;
        Supplier<String> profileFact = () -> "ECFMG certified: " + (profile.ecfmgCertified() ? "yes" : "no");
        if (!profile.applicantType().isImg()) {
            return new RuleOutcome(
                    ECFMG_CERTIFICATION,
                    RuleEffect.PASSES,
                    () -> "As a US graduate you do not need ECFMG certification.",
                    programFact,
                    profileFact);
        }
        if (profile.ecfmgCertified()) {
            return new RuleOutcome(
                    ECFMG_CERTIFICATION, RuleEffect.PASSES, () -> "You are ECFMG certified.", programFact, profileFact);
        }
        boolean examsDone = profile.usmle().step1().result() == ExamResult.PASS
                && profile.usmle().step2ck().taken();
        String missing = examsDone
                ? "finish the remaining ECFMG requirements"
                : "pass Step 1 and Step 2 CK, then finish the remaining ECFMG requirements";
        Optional<SeasonDeadlines> inTime = deadlines.filter(d -> d.stillAhead(d.ecfmgBy()));
        if (inTime.isPresent()) {
            SeasonDeadlines d = inTime.get();
            Condition condition = new Condition(
                    ConditionKind.ECFMG_CERTIFIED,
                    d.ecfmgBy(),
                    "Every IMG must be ECFMG "
                            + "certified to start residency (and for the J-1); many programs want it by the rank-list deadline, "
                            + d.step3PassBy() + ".");
            return new RuleOutcome(
                    ECFMG_CERTIFICATION,
                    RuleEffect.CONDITION,
                    () -> "Open to you if you are ECFMG certified by " + d.ecfmgBy() + ": " + missing
                            + "; many programs want it by the rank-list deadline, " + d.step3PassBy() + ".",
                    programFact,
                    profileFact,
                    Optional.of(condition));
        }
        return new RuleOutcome(
                ECFMG_CERTIFICATION,
                RuleEffect.VERIFY,
                () -> "You are not yet ECFMG certified: " + missing + " before July 1, " + seasonYear
                        + "; many programs want it by the rank-list deadline.",
                programFact,
                profileFact);
    }

    private static <T> Optional<T> known(Fact<T> fact) {
        return fact == null ? Optional.empty() : fact.statedValue();
    }

    private static String visaName(VisaType visa) {
        return visa == VisaType.J1 ? "the J-1" : "the H-1B";
    }
}
