package org.smartpick.app.recommend;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.smartpick.app.applicant.ProfileJson;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.ProfileRules;
import org.smartpick.core.common.Problem;
import org.smartpick.core.program.Catalog;
import org.smartpick.core.program.Specialty;
import org.smartpick.core.recommend.RecommendOptions;
import org.smartpick.core.recommend.Recommendation;
import org.smartpick.core.recommend.Recommender;
import org.smartpick.core.season.SeasonCalendar;

/**
 * The recommendation as the edges (CLI, web, API) use it: checks the profile against the current catalog, then runs
 * the pure {@link Recommender}. Holds no applicant data.
 */
public final class RecommendationService {
    private final Supplier<Catalog> catalog;
    private final Recommender recommender;
    private final Clock clock;
    private final ConcurrencyLimit limit;
    private final AtomicReference<KnownCodes> knownCodes = new AtomicReference<>();

    /** The specialty codes a profile may name, computed once per catalog instance. */
    private record KnownCodes(Catalog catalog, Set<String> codes) {}

    /** A service that runs at most one recommendation per available processor at a time. */
    public RecommendationService(Supplier<Catalog> catalog, Recommender recommender, Clock clock) {
        this(catalog, recommender, clock, ConcurrencyLimit.perProcessor());
    }

    public RecommendationService(
            Supplier<Catalog> catalog, Recommender recommender, Clock clock, ConcurrencyLimit limit) {
        this.catalog = catalog;
        this.recommender = recommender;
        this.clock = clock;
        this.limit = limit;
    }

    /** A recommendation, or the problems that stop one (every one, with its field). */
    public record Outcome(Optional<Recommendation> recommendation, List<Problem> problems) {
        public Outcome {
            problems = List.copyOf(problems);
        }
    }

    /**
     * The options for today: the next season an applicant can still apply to ({@link SeasonCalendar#nextOpenSeason}),
     * no budget override, the strategy on.
     */
    public RecommendOptions defaultOptions() {
        LocalDate today = LocalDate.now(clock);
        return RecommendOptions.defaults(recommender.seasons().nextOpenSeason(today), today);
    }

    /** The defaults for this profile, with its default objective (see {@link RecommendOptions#defaultObjectiveFor}). */
    public RecommendOptions defaultOptions(Profile profile) {
        RecommendOptions base = defaultOptions();
        return RecommendOptions.defaults(base.season(), base.today(), profile);
    }

    public List<Problem> check(Profile profile) {
        return check(profile, catalog.get());
    }

    /**
     * Every problem with a profile as read, at once: the reader's (wrong types, unknown fields), then the rules'
     * about every field the reader could read (ranges, codes). Empty when the profile can be recommended for.
     */
    public List<Problem> check(ProfileJson.Result read) {
        List<Problem> problems = new ArrayList<>(read.problems());
        Catalog current = catalog.get();
        read.asRead().ifPresent(profile -> {
            problems.addAll(rules(current).check(profile, read.unreadFields()));
            problems.addAll(targetsWithoutPrograms(profile, current));
        });
        return List.copyOf(problems);
    }

    private List<Problem> check(Profile profile, Catalog current) {
        List<Problem> problems = new ArrayList<>(rules(current).check(profile));
        problems.addAll(targetsWithoutPrograms(profile, current));
        return problems;
    }

    private ProfileRules rules(Catalog current) {
        return new ProfileRules(codes(current), LocalDate.now(clock).getYear());
    }

    /**
     * A target the catalog has no programs for would get a 0% answer with confident advice: it is a field error that
     * says so and how to add the programs.
     */
    private static List<Problem> targetsWithoutPrograms(Profile profile, Catalog current) {
        List<Problem> problems = new ArrayList<>();
        List<org.smartpick.core.applicant.Target> targets = profile.targets() == null ? List.of() : profile.targets();
        for (int i = 0; i < targets.size(); i++) {
            var target = targets.get(i);
            if (target == null
                    || target.specialtyCode() == null
                    || !current.programsIn(target.specialtyCode()).isEmpty()) {
                continue;
            }
            String code = target.specialtyCode();
            String field = "targets[" + i + "].specialtyCode";
            current.reference().specialties().stream()
                    .filter(s -> s.code().equals(code))
                    .findFirst()
                    .ifPresent(
                            s -> problems.add(
                                    new Problem(
                                            field,
                                            "The catalog has no programs in " + s.name() + " (" + code
                                                    + "); import them with "
                                                    + "'smartpick catalog import FILE' (see the README), or choose a specialty with programs")));
        }
        return problems;
    }

    // The cache is keyed on the same Catalog instance: a reloaded catalog is a new one and recomputes.
    @SuppressWarnings("ReferenceEquality")
    private Set<String> codes(Catalog current) {
        KnownCodes known = knownCodes.get();
        if (known != null && known.catalog() == current) {
            return known.codes();
        }
        Set<String> codes = current.reference().specialties().stream()
                .map(Specialty::code)
                .collect(Collectors.toCollection(HashSet::new));
        current.programs().forEach(p -> codes.add(p.specialtyCode()));
        knownCodes.set(new KnownCodes(current, Set.copyOf(codes)));
        return codes;
    }

    public Outcome recommend(Profile profile, RecommendOptions options) {
        Catalog current = catalog.get();
        List<Problem> problems = check(profile, current);
        if (!problems.isEmpty()) {
            return new Outcome(Optional.empty(), problems);
        }
        return new Outcome(Optional.of(limit.run(() -> recommender.recommend(profile, current, options))), List.of());
    }
}
