package org.smartpick.app.importing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Inference;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.YesNoUnknown;

/**
 * Fills unknown program facts from other programs' stated facts, marking each as {@code INFERRED} with the program it
 * came from, the rule and how reliable the rule is. Two rules, each applied only where no source states the fact:
 * <ol>
 *   <li>A combined program (Pediatrics/Medical Genetics, Internal Medicine/Medical Genetics) takes its sponsor's core
 *   program's visa answers, resident shares and setting: the combined program's residents train in that program and
 *   its sponsor's GME office decides visas.</li>
 *   <li>A program with no visa answer takes the answer that all its sponsor's other programs state (same institution
 *   name and state), when they agree; failing that, the answer of its sponsor's other sites (the name without a site
 *   in parentheses), then of its parent sponsor (the name before a '/') in the state, then the answer of three in four
 *   of at least four programs of the sponsor, then of its health system in any state. Each rule's
 *   reliability is measured on the
 *   catalog itself: each program with a stated answer is left out and the rule's answer compared with its own.</li>
 *   <li>A program with no J-1 answer that interviewed non-US IMG applicants in the 2024 season probably considers J-1
 *   applicants; how often that holds is counted on the programs that state both.</li>
 * </ol>
 * Inference reads stated facts only, never another inference, and is recomputed from scratch after every change to
 * the catalog, so a newly stated fact replaces what was inferred.
 */
public final class CatalogInference {
    /** Residency Explorer 2021: Pediatrics and Internal Medicine of one sponsor agree on J-1 in 88.6% of 149 pairs. */
    static final String CORE_RELIABILITY =
            "usually right: Pediatrics and Internal Medicine programs of one sponsor give "
                    + "the same J-1 answer 89% of the time and the same H-1B answer 87% (Residency Explorer 2021)";

    static final String PROBABLE_CORE_RELIABILITY =
            "a guide only: the core program was matched to this sponsor by " + "name and site, verify the sponsor";
    private static final List<Attribute> FROM_CORE = List.of(
            Attribute.VISA_J1,
            Attribute.VISA_H1B,
            Attribute.PCT_IMG,
            Attribute.PCT_US_MD,
            Attribute.PCT_US_DO,
            Attribute.PCT_US_IMG,
            Attribute.PCT_NON_US_IMG,
            Attribute.SETTING);
    private static final List<Attribute> FROM_SPONSOR = List.of(Attribute.VISA_J1, Attribute.VISA_H1B);

    /** Sponsor rules from the most to the least specific; a later one only fills what an earlier one left unknown. */
    private static final List<Sponsor> SPONSOR_GROUPINGS = List.of(
            new Sponsor("the same sponsor's other programs", p -> Optional.of(inState(p, p.institution()))),
            new Sponsor(
                    "the same sponsor's programs at its other sites",
                    p -> Optional.of(inState(p, p.institution().replaceAll("\\s*\\([^)]*\\)", " ")))),
            new Sponsor(
                    "the programs of the same parent sponsor (the name before '/')",
                    p -> p.institution().contains("/")
                            ? Optional.of(inState(p, p.institution().split("/")[0]))
                            : Optional.empty()),
            new Sponsor(
                    "most of the same sponsor's other programs",
                    p -> Optional.of(inState(p, p.institution())),
                    0.75,
                    4),
            new Sponsor(
                    "the programs of the same health system in other states (the name before '/')",
                    p -> p.institution().contains("/")
                            ? Optional.of(InstitutionName.key(p.institution().split("/")[0]))
                            : Optional.empty()));

    private CatalogInference() {}

    /** The programs with every inferred fact dropped and inferred again from the stated ones. */
    public static List<Program> apply(List<Program> programs, List<CombinedCore> combinedCores) {
        Map<String, Program> stated = new LinkedHashMap<>();
        programs.forEach(p -> stated.put(p.id(), withoutInferences(p)));
        List<SponsorGrouping> groupings =
                SPONSOR_GROUPINGS.stream().map(g -> g.over(stated.values())).toList();
        IdentityHashMap<SponsorGrouping, Map<Attribute, String>> reliability = new IdentityHashMap<>();
        groupings.forEach(g -> reliability.put(
                g, FROM_SPONSOR.stream().collect(Collectors.toMap(Function.identity(), g::reliability))));
        String interviewRule = interviewRuleReliability(stated.values());
        Map<String, CombinedCore> coreOf = combinedCores.stream()
                .collect(Collectors.toMap(CombinedCore::combinedProgramId, Function.identity(), (a, b) -> a));
        List<Program> result = new ArrayList<>(programs.size());
        for (Program program : stated.values()) {
            ProgramDraft draft = ProgramDraft.from(program);
            Optional.ofNullable(coreOf.get(program.id()))
                    .flatMap(c -> Optional.ofNullable(stated.get(c.coreProgramId())))
                    .ifPresent(core -> inferFromCore(draft, program, core, coreOf.get(program.id())));
            for (SponsorGrouping grouping : groupings) {
                inferFromSponsor(draft, program, grouping, reliability.get(grouping));
            }
            inferJ1FromInterviews(draft, program, interviewRule);
            result.add(draft.build());
        }
        return result;
    }

    private static Program withoutInferences(Program program) {
        ProgramDraft draft = ProgramDraft.from(program);
        for (Attribute attribute : Attribute.values()) {
            if (!attribute.factOf(program).isStated()) {
                draft.set(attribute, Fact.unknown());
            }
        }
        return draft.build();
    }

    /** Rule 1: a combined program carries its core program's stated visa answers, resident shares and setting. */
    private static void inferFromCore(ProgramDraft draft, Program combined, Program core, CombinedCore mapping) {
        Inference inference = new Inference(
                core.id(),
                core.specialtyName() + " at " + core.name(),
                "the same sponsor's core " + core.specialtyName() + " program",
                mapping.probable() ? PROBABLE_CORE_RELIABILITY : CORE_RELIABILITY);
        for (Attribute attribute : FROM_CORE) {
            Fact<?> own = attribute.factOf(combined);
            Fact<?> theirs = attribute.factOf(core);
            if (!known(own) && known(theirs)) {
                draft.set(attribute, theirs.inferredBy(inference));
            }
        }
    }

    /** Rule 2: a program with no visa answer takes the one all its sponsor's other programs state. */
    private static void inferFromSponsor(
            ProgramDraft draft, Program program, SponsorGrouping grouping, Map<Attribute, String> reliability) {
        for (Attribute attribute : FROM_SPONSOR) {
            if (known(draft.fact(attribute))) {
                continue;
            }
            Optional<Unanimous> answer = grouping.unanimousOthers(program, attribute);
            if (answer.isPresent()) {
                Program example = answer.get().example();
                Unanimous a = answer.get();
                String others = a.answering() == 1
                        ? "its only other program with an answer"
                        : a.programs() == a.answering()
                                ? "all " + a.programs() + " of its other programs with an answer agree"
                                : a.programs() + " of its " + a.answering() + " other programs with an answer agree";
                Inference inference = new Inference(
                        example.id(),
                        example.specialtyName() + " at " + example.name(),
                        grouping.sponsor().description() + " (" + others + ")",
                        reliability.get(attribute));
                draft.set(attribute, attribute.factOf(example).inferredBy(inference));
            }
        }
    }

    /**
     * Rule 3: a program with no J-1 answer that interviewed non-US IMG applicants in the 2024 season (most of whom need
     * a visa, and the J-1 is the one most programs sponsor) probably considers J-1 applicants.
     */
    private static void inferJ1FromInterviews(ProgramDraft draft, Program program, String reliability) {
        Fact<Double> rate = program.interviewRates().nonUsImg();
        if (known(draft.fact(Attribute.VISA_J1))
                || !rate.isStated()
                || rate.value().filter(r -> r > 0).isEmpty()) {
            return;
        }
        Inference inference = new Inference(
                program.id(),
                "this program's ERAS 2024 interview rate for non-US IMG " + "applicants ("
                        + Math.round(100 * rate.value().get()) + "%)",
                "a program that interviews non-US IMGs considers J-1 applicants",
                reliability);
        Fact<YesNoUnknown> yes = new Fact<>(Optional.of(YesNoUnknown.YES), rate.sourceId(), rate.asOf());
        draft.set(Attribute.VISA_J1, yes.inferredBy(inference));
    }

    /** How often programs that interviewed non-US IMGs state that they consider J-1 applicants. */
    private static String interviewRuleReliability(java.util.Collection<Program> programs) {
        int checked = 0;
        int yes = 0;
        for (Program p : programs) {
            boolean interviewed =
                    p.interviewRates().nonUsImg().value().filter(r -> r > 0).isPresent();
            if (interviewed && known(p.j1Visa())) {
                checked++;
                yes += p.j1Visa().value().get() == YesNoUnknown.YES ? 1 : 0;
            }
        }
        return checked == 0
                ? "reliability unknown: no program with a stated answer to check the rule on"
                : reliabilityText(yes, checked);
    }

    private static String reliabilityText(int right, int checked) {
        long pct = Math.round(100.0 * right / checked);
        return (pct >= 80 ? "usually right" : "a guide only") + ": it gives the stated answer for " + right + " of "
                + checked + " programs where it can be checked (" + pct + "%)";
    }

    /** How programs are grouped under one sponsor: a name for users and the key of a program's group. */
    private record Sponsor(
            String description, Function<Program, Optional<String>> key, double agreement, int minimumAnswers) {
        Sponsor(String description, Function<Program, Optional<String>> key) {
            this(description, key, 1.0, 1);
        }

        SponsorGrouping over(java.util.Collection<Program> programs) {
            Map<String, List<Program>> groups = new LinkedHashMap<>();
            programs.forEach(p -> key.apply(p)
                    .ifPresent(k ->
                            groups.computeIfAbsent(k, x -> new ArrayList<>()).add(p)));
            return new SponsorGrouping(this, groups);
        }
    }

    /** The other programs of a group that give the answer (of {@code answering} that state one), and one to name. */
    private record Unanimous(Program example, int programs, int answering) {}

    /**
     * Programs grouped by one sponsor rule, and how reliable the rule is: checked by leaving out each program with a
     * stated answer whose group-mates agree, and counting how often they give its answer.
     */
    private record SponsorGrouping(Sponsor sponsor, Map<String, List<Program>> groups) {
        Optional<Unanimous> unanimousOthers(Program program, Attribute attribute) {
            Optional<String> key = sponsor.key().apply(program);
            List<Program> answering = key.map(groups::get).orElse(List.of()).stream()
                    .filter(p -> !p.id().equals(program.id()) && known(attribute.factOf(p)))
                    .sorted(Comparator.comparing((Program p) -> coreRank(p.specialtyCode()))
                            .thenComparing(Program::id))
                    .toList();
            if (answering.size() < sponsor.minimumAnswers()) {
                return Optional.empty();
            }
            Map<Object, List<Program>> byAnswer = answering.stream()
                    .collect(Collectors.groupingBy(
                            p -> attribute.factOf(p).value().orElseThrow(), LinkedHashMap::new, Collectors.toList()));
            for (List<Program> same : byAnswer.values()) {
                if (same.size() >= sponsor.agreement() * answering.size()) {
                    return Optional.of(new Unanimous(same.get(0), same.size(), answering.size()));
                }
            }
            return Optional.empty();
        }

        String reliability(Attribute attribute) {
            int checked = 0;
            int right = 0;
            for (List<Program> group : groups.values()) {
                for (Program program : group) {
                    if (!known(attribute.factOf(program))) {
                        continue;
                    }
                    Optional<Unanimous> others = unanimousOthers(program, attribute);
                    if (others.isPresent()) {
                        checked++;
                        right += attribute
                                        .factOf(others.get().example())
                                        .value()
                                        .equals(attribute.factOf(program).value())
                                ? 1
                                : 0;
                    }
                }
            }
            if (checked == 0) {
                return "reliability unknown: no program with a stated answer to check the rule on";
            }
            return reliabilityText(right, checked);
        }
    }

    /** Core residencies first when naming the program an answer came from: the sponsor's largest programs. */
    private static int coreRank(String specialtyCode) {
        int rank = List.of("140", "320", "120", "400", "060").indexOf(specialtyCode);
        return rank < 0 ? Integer.MAX_VALUE : rank;
    }

    private static boolean known(Fact<?> fact) {
        return fact.value().filter(v -> v != YesNoUnknown.UNKNOWN).isPresent();
    }

    /** A sponsor name compared across sources (case, punctuation, "Saint"/"St"), within one state. */
    private static String inState(Program program, String sponsorName) {
        String name = sponsorName.trim().isEmpty() ? program.institution() : sponsorName;
        return InstitutionName.key(name) + "|" + program.state().toUpperCase(java.util.Locale.ROOT);
    }
}
