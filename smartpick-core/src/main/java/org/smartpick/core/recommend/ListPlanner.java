package org.smartpick.core.recommend;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.Budget;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Target;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.chance.ApplicantChances;
import org.smartpick.core.chance.ApplicantChances.ListChances;
import org.smartpick.core.chance.ChanceEstimate;
import org.smartpick.core.chance.ChanceModel;
import org.smartpick.core.eligibility.EligibilityRules;
import org.smartpick.core.eligibility.SeasonDeadlines;
import org.smartpick.core.fees.FeeCalculator;
import org.smartpick.core.optimize.ApplicationOptimizer;
import org.smartpick.core.optimize.ApplicationPlan;
import org.smartpick.core.optimize.Candidate;
import org.smartpick.core.optimize.Objective;
import org.smartpick.core.optimize.OptimizationRequest;
import org.smartpick.core.optimize.Selection;
import org.smartpick.core.optimize.SignalKind;
import org.smartpick.core.reference.ReferenceData;
import org.smartpick.core.season.SeasonCalendar;
import org.smartpick.core.signals.SignalPolicies;
import org.smartpick.core.signals.SignalRule;
import org.smartpick.core.signals.SignalRules;
import org.smartpick.core.strategy.ListOutcome;

/**
 * Plans the list for one profile: assesses its programs (or rechances those of a list assessed alike), turns them
 * into the optimizer's candidates under the budget, fee schedules and signal rules, optimizes, and says what the
 * list achieves.
 */
final class ListPlanner {
    private final ChanceModel chanceModel;
    private final EligibilityRules eligibilityRules;
    private final RecommendPolicy policy;
    private final SignalPolicies signalPolicies;
    private final SeasonCalendar seasons;
    private final ProgramAssessor assessor;

    ListPlanner(
            ChanceModel chanceModel,
            EligibilityRules eligibilityRules,
            RecommendPolicy policy,
            SignalPolicies signalPolicies,
            SeasonCalendar seasons,
            ProgramAssessor assessor) {
        this.chanceModel = chanceModel;
        this.eligibilityRules = eligibilityRules;
        this.policy = policy;
        this.signalPolicies = signalPolicies;
        this.seasons = seasons;
        this.assessor = assessor;
    }

    /**
     * What the list for one profile is optimized from; {@code whatIf} asks for what a what-if compares, without
     * what only the full report shows (chance estimates, curve, marginal gains), and {@code base} holds the inputs
     * of a list of the same catalog and options whose verdicts may be reused.
     */
    ListInputs listInputs(
            Profile profile,
            CatalogIndex catalogIndex,
            RecommendOptions options,
            boolean whatIf,
            Optional<ListInputs> base) {
        List<String> notes = new ArrayList<>();
        if (options.objective() == Objective.EXPECTED_UTILITY) {
            notes.add(
                    "The list maximises expected value rather than the bare chance of matching: a match in a goal track "
                            + "counts fully and a pathway track counts its weight (pathways.csv, or the weight you gave), so goal "
                            + "programs are kept even when a core program alone would add more chance. Choose the objective "
                            + "'match' to maximise P(at least one match) alone.");
        }
        ApplicantChances chances = chanceModel.forApplicant(profile, options.season());
        EligibilityRules.ApplicantRules rules = eligibilityRules.forApplicant(profile, deadlines(options));
        StatedPreferences preferences = StatedPreferences.of(profile.preferences());
        Optional<ListInputs> alike = whatIf
                ? base.filter(b -> b.assessedAlike(profile.targets(), preferences, rules, chances))
                : Optional.empty();
        List<AssessedProgram> assessed;
        Map<String, String> feeGroups;
        List<Candidate> candidates;
        List<AssessedProgram> sources;
        if (alike.isPresent()) {
            assessed = List.of();
            feeGroups = alike.get().feeGroups();
            candidates = rechanced(alike.get(), chances);
            sources = alike.get().sources();
        } else {
            assessed = assessor.assess(
                    profile,
                    catalogIndex,
                    rules,
                    chances,
                    !whatIf,
                    base.filter(b -> b.rules().sameVerdictsAs(rules))
                            .map(ListInputs::assessed)
                            .orElse(List.of()),
                    base.filter(b -> b.chances().sameProgramFactorsAs(chances))
                            .map(ListInputs::assessed)
                            .orElse(List.of()));
            feeGroups = new LinkedHashMap<>();
            sources = new ArrayList<>();
            double weight = preferences.stated() ? policy.preferenceWeight() : 0;
            boolean[] preferredStates = catalogIndex.preferredStates(chances);
            candidates = candidates(
                    assessed, chances, options.season(), preferences, preferredStates, weight, feeGroups, sources);
        }
        ReferenceData reference = catalogIndex.catalog().reference();
        Map<String, SignalRule> signalRules = signalRules(profile, reference, options.season());
        OptimizationRequest request = new OptimizationRequest(
                candidates,
                budget(profile, options, notes),
                options.objective(),
                SeasonFees.byGroup(feeGroups, reference, options.season()),
                FeeCalculator.applicableOneOffs(
                        reference.oneOffFees(), profile.applicantType().isImg()),
                signalRules,
                chanceModel.portfolio(profile.applicantType()),
                policy.flattening(),
                policy.curveFactor());
        return new ListInputs(
                profile.targets(),
                preferences,
                assessed,
                rules,
                chances,
                candidates,
                sources,
                feeGroups,
                request,
                signalRules,
                notes,
                whatIf);
    }

    /** The season's dates by which what a program waits for must be done, as seen on the options' day. */
    SeasonDeadlines deadlines(RecommendOptions options) {
        return SeasonDeadlines.of(seasons, options.season(), options.today());
    }

    /** The optimizer's list from these inputs: the full plan, or for a what-if the list alone. */
    static ListResult optimized(ListInputs inputs) {
        return new ListResult(
                inputs,
                inputs.whatIf()
                        ? ApplicationOptimizer.whatIfList(inputs.request())
                        : ApplicationOptimizer.optimize(inputs.request()));
    }

    /**
     * The optimizer's candidate for each assessed program that can be applied to, with its chances as estimated in
     * a reported list or else worked out from its factors, in program-id order: the order the optimizer sorts them
     * into, so that each list drawn from them (and each rechanced from them) is sorted already and the optimizer's
     * sorts only check it. A program inside the stated preferences carries {@code weight} as its preference bonus.
     * {@code sources} receives the assessed program behind each candidate, in the same order; {@code feeGroups}
     * collects the fee group of each fee schedule type in the order the assessed programs first use them.
     */
    private static List<Candidate> candidates(
            List<AssessedProgram> assessed,
            ApplicantChances chances,
            int season,
            StatedPreferences preferences,
            boolean[] preferredStates,
            double weight,
            Map<String, String> feeGroups,
            List<AssessedProgram> sources) {
        List<Sourced> sourced = new ArrayList<>(assessed.size());
        for (AssessedProgram a : assessed) {
            if (a.factors().isEmpty()) {
                continue;
            }
            String feeGroup = feeGroups.computeIfAbsent(
                    a.program().cycle().feeScheduleType(), type -> SeasonFees.feeGroup(season, type));
            ListChances c = a.chance().isPresent()
                    ? listChances(a.chance().get())
                    : chances.listChances(a.program(), a.factors().get());
            double bonus = weight > 0 && preferences.inside(a.indexed(), preferredStates) ? weight : 0;
            sourced.add(new Sourced(
                    new Candidate(
                            a.program().id(),
                            a.program().specialtyCode(),
                            feeGroup,
                            a.indexed().institutionKey(),
                            a.utility(),
                            c.pMatch(),
                            c.pMatchSignalled(),
                            c.pMatchGoldSignalled(),
                            bonus),
                    a));
        }
        // The catalog holds its programs in id order, so their places there sort as their ids do (and as numbers).
        long[] order = new long[sourced.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = (long) sourced.get(i).source().indexed().idOrder() << Integer.SIZE | i;
        }
        Arrays.sort(order);
        List<Candidate> candidates = new ArrayList<>(sourced.size());
        for (long placed : order) {
            Sourced one = sourced.get((int) placed);
            candidates.add(one.candidate());
            sources.add(one.source());
        }
        return candidates;
    }

    /** A candidate with the assessed program it was made from. */
    private record Sourced(Candidate candidate, AssessedProgram source) {}

    private static ListChances listChances(ChanceEstimate estimate) {
        return new ListChances(estimate.pMatch(), estimate.pMatchSignalled(), estimate.pMatchGoldSignalled());
    }

    /**
     * The candidates of {@code alike}, a list assessed alike ({@link ListInputs#assessedAlike}), with the chances of
     * this applicant: only the applicant's own terms differ, so no program is judged or factored again.
     */
    private static List<Candidate> rechanced(ListInputs alike, ApplicantChances chances) {
        List<Candidate> candidates = new ArrayList<>(alike.candidates().size());
        for (int i = 0; i < alike.candidates().size(); i++) {
            Candidate same = alike.candidates().get(i);
            AssessedProgram a = alike.sources().get(i);
            ListChances c = chances.listChances(a.program(), a.factors().orElseThrow());
            candidates.add(new Candidate(
                    same.programId(),
                    same.specialtyCode(),
                    same.feeGroup(),
                    same.institutionKey(),
                    same.utility(),
                    c.pMatch(),
                    c.pMatchSignalled(),
                    c.pMatchGoldSignalled(),
                    same.preferenceBonus()));
        }
        return candidates;
    }

    private Budget budget(Profile profile, RecommendOptions options, List<String> notes) {
        Budget given = profile.budget();
        OptionalInt usd = options.budgetUsd().isPresent() ? options.budgetUsd() : given.maxUsd();
        OptionalInt programs = options.budgetPrograms().isPresent() ? options.budgetPrograms() : given.maxPrograms();
        if (usd.isEmpty() && programs.isEmpty()) {
            programs = OptionalInt.of(policy.defaultMaxPrograms());
            notes.add("No budget was given, so the list assumes at most " + policy.defaultMaxPrograms()
                    + " applications; set a budget in dollars or programs to change it.");
        }
        return new Budget(usd, programs, given.maxProgramsPerSpecialty());
    }

    private Map<String, SignalRule> signalRules(Profile profile, ReferenceData reference, int season) {
        return SignalRules.forSeason(
                reference,
                season,
                profile.targets().stream().map(Target::specialtyCode).toList(),
                signalPolicies);
    }

    /** P(at least one match), the chosen ids and the chance of a goal-track match: what a what-if compares. */
    ListOutcome outcome(Profile profile, ListResult list) {
        ApplicationPlan plan = list.plan();
        List<String> selected = new ArrayList<>(plan.selected().size());
        Map<String, SignalKind> signals = new HashMap<>();
        for (Selection s : plan.selected()) {
            selected.add(s.programId());
            signals.put(s.programId(), s.signal());
        }
        return new ListOutcome(
                clamp(plan.pAtLeastOneMatch()),
                selected,
                pGoalMatch(profile.applicantType(), profile.targets(), plan),
                Math.max(0, plan.achieved()),
                signals);
    }

    /**
     * P(a match in a goal track): the latent-factor model of P(at least one match) over the list's GOAL-role
     * programs alone, each with the chance its signal gives; exactly the list's P(at least one match) when every
     * program on it is a goal program, and never above it.
     */
    double pGoalMatch(ApplicantType type, List<Target> targets, ApplicationPlan plan) {
        double[] goal = plan.selected().stream()
                .filter(s -> role(targets, s.specialtyCode()) == TargetRole.GOAL)
                .mapToDouble(Selection::p)
                .toArray();
        double any = clamp(plan.pAtLeastOneMatch());
        if (goal.length == plan.selected().size()) {
            return any;
        }
        return goal.length == 0
                ? 0
                : Math.min(any, clamp(chanceModel.portfolio(type).atLeastOne(goal)));
    }

    /** The role of the specialty's target; the last target wins if a specialty is listed twice, as in assess. */
    private static TargetRole role(List<Target> targets, String specialtyCode) {
        for (int i = targets.size() - 1; i >= 0; i--) {
            if (targets.get(i).specialtyCode().equals(specialtyCode)) {
                return targets.get(i).role();
            }
        }
        throw new IllegalStateException("selected specialty " + specialtyCode + " is no target");
    }

    /** A probability held to 0..1. */
    static double clamp(double p) {
        return Math.max(0, Math.min(1, p));
    }
}
