package org.smartpick.app.recommend;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.recommend.ProgramResult;
import org.smartpick.core.recommend.Reason;
import org.smartpick.core.recommend.Recommendation;
import org.smartpick.core.recommend.Season;
import org.smartpick.core.recommend.Summary;
import org.smartpick.core.season.SeasonDate;
import org.smartpick.core.season.SeasonEvent;
import org.smartpick.core.strategy.PlanAction;
import org.smartpick.core.strategy.VerifyItem;
import org.smartpick.core.tiers.Tier;

/**
 * A recommendation in the order a worried applicant reads it, in plain words, for the text report and the results
 * page alike: the verdict (the two chances and the interviews), apply now or strengthen first with the season's
 * dates, the rest of the plan, the list counted by specialty and tier, and the questions to ask programs grouped by
 * question. Every number comes from the recommendation; nothing here computes a chance of its own.
 */
public final class ShortAnswer {
    /** The plan actions that decide between applying this season and strengthening first. */
    private static final List<String> DECISION_IDS = List.of("apply-now", "strengthen-one-cycle");
    /**
     * The facts the verify checklist asks about, by a phrase its questions on that fact contain (whether unknown,
     * inferred or to confirm), with the question asked once for all programs.
     */
    private static final Map<String, String> TOPICS = topics();
    /** How the checklist begins a question that confirms a stated but old fact, and marks an inferred one. */
    private static final String CONFIRM = "Our data gives ";

    private static final String INFERRED = "(inferred from ";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.US);

    private final Recommendation r;
    private final Map<String, String> specialtyNames = new TreeMap<>();
    private final List<Question> questions;
    private final Map<String, List<Integer>> questionsByProgram = new TreeMap<>();

    /**
     * One question to ask, with the chosen programs it concerns in list order: of them, {@code guessed} have an answer
     * SmartPick inferred from another program, and {@code outOfDate} one a source states but long enough ago to confirm.
     */
    public record Question(
            int number, String text, List<ProgramResult> programs, int guessed, int outOfDate, boolean everyProgram) {
        public Question {
            programs = List.copyOf(programs);
        }
    }

    /** The chosen programs of one specialty in one tier, in list order. */
    public record Group(String specialty, boolean pathway, Tier tier, List<ProgramResult> programs) {
        public Group {
            programs = List.copyOf(programs);
        }
    }

    /** How many chosen programs of one specialty fall in each tier. */
    public record SpecialtyCount(String specialty, boolean pathway, int reach, int realistic, int safety) {
        public int total() {
            return reach + realistic + safety;
        }
    }

    private static Map<String, String> topics() {
        Map<String, String> topics = new LinkedHashMap<>();
        topics.put("J-1", "Do they sponsor J-1 visas?");
        topics.put("H-1B", "Do they sponsor H-1B visas, and must Step 3 be passed first?");
        topics.put("citizenship", "Are any positions open only to US citizens or permanent residents?");
        topics.put("Step 2 CK", "Is there a minimum Step 2 CK score?");
        topics.put("graduation", "Is there a limit on years since graduation?");
        topics.put("attempt", "Do they take applicants with more than one attempt on a USMLE step?");
        return topics;
    }

    private ShortAnswer(Recommendation r) {
        this.r = r;
        r.programs().forEach(p -> specialtyNames.putIfAbsent(p.specialtyCode(), p.specialtyName()));
        this.questions = groupQuestions();
    }

    public static ShortAnswer of(Recommendation recommendation) {
        return new ShortAnswer(recommendation);
    }

    /** "Medical Genetics and Genomics (130)": the name a person knows, with the code ERAS uses. */
    public String specialty(String code) {
        return Optional.ofNullable(specialtyNames.get(code))
                .map(name -> name + " (" + code + ")")
                .orElse(code);
    }

    /** The names of the goal tracks among the eligible programs, in the order their first program is listed. */
    public List<String> goalTracks() {
        return r.programs().stream()
                .filter(p -> p.role() == TargetRole.GOAL)
                .map(ProgramResult::specialtyName)
                .distinct()
                .toList();
    }

    /** The names of the pathway tracks on the list, in code order. */
    public List<String> pathwayTracks() {
        return r.selectedPrograms().stream()
                .filter(ProgramResult::pathway)
                .map(ProgramResult::specialtyCode)
                .distinct()
                .sorted()
                .map(specialtyNames::get)
                .toList();
    }

    public String goalChance() {
        return ChanceWords.inWords(r.summary().pGoalMatch());
    }

    public String anyChance() {
        return ChanceWords.inWords(r.summary().pAtLeastOneMatch());
    }

    /** How much of the chance of any match only the pathway programs give, in words; empty when none does. */
    public String pathwayShare() {
        Summary s = r.summary();
        if (s.pPathwayOnlyMatch() <= 0) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                "%d of those %d points come from the %s programs alone, when no goal program takes you.",
                Math.round(100 * s.pPathwayOnlyMatch()),
                Math.round(100 * s.pAtLeastOneMatch()),
                String.join(" and ", pathwayTracks()));
    }

    /**
     * "about 4 (Pediatrics about 2, Internal Medicine about 1, the others under 1)": the whole list, then each
     * specialty the answer counts, most first, those under one together.
     */
    public String interviews() {
        Summary s = r.summary();
        List<String> parts = new ArrayList<>();
        int underOne = 0;
        for (Map.Entry<String, Double> e : s.expectedInterviewsBySpecialty().entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue()
                        .reversed()
                        .thenComparing(Map.Entry.comparingByKey()))
                .toList()) {
            if (Math.round(e.getValue()) < 1) {
                underOne++;
            } else {
                parts.add(specialtyNames.getOrDefault(e.getKey(), e.getKey()) + " "
                        + ChanceWords.interviews(e.getValue()));
            }
        }
        if (underOne > 0 && !parts.isEmpty()) {
            parts.add(underOne == 1 ? "the other under 1" : "the others under 1");
        }
        return ChanceWords.interviews(s.expectedInterviews())
                + (parts.size() > 1 ? " (" + String.join(", ", parts) + ")" : "");
    }

    /** The plan's decision between applying this season and strengthening first, when the plan has one. */
    public Optional<PlanAction> decision() {
        return r.plan().stream().filter(a -> DECISION_IDS.contains(a.id())).findFirst();
    }

    /** Whether the plan says to strengthen first rather than apply this season. */
    public boolean strengthenFirst() {
        return decision().map(a -> a.id().equals("strengthen-one-cycle")).orElse(false);
    }

    /** The dates that decision turns on: when this season's applications go out and are read, and the Match. */
    public List<String> dates() {
        Season season = r.season();
        List<String> dates = new ArrayList<>();
        if (r.selectedPrograms().stream().anyMatch(p -> p.cycle() == ApplicationCycle.FELLOWSHIP_JULY)) {
            dates.add(sendWindow(
                    season,
                    String.join(", ", namesInCycle(ApplicationCycle.FELLOWSHIP_JULY)) + " (fellowship cycle)",
                    SeasonEvent.FELLOWSHIP_JULY_SUBMIT_FROM,
                    SeasonEvent.FELLOWSHIP_JULY_REVIEW_FROM));
        }
        if (r.selectedPrograms().isEmpty()
                || r.selectedPrograms().stream().anyMatch(p -> p.cycle() == ApplicationCycle.RESIDENCY_SEPTEMBER)) {
            dates.add(sendWindow(
                    season,
                    "Residency programs",
                    SeasonEvent.RESIDENCY_SUBMIT_FROM,
                    SeasonEvent.RESIDENCY_REVIEW_FROM));
        }
        dates.add("Match Day is " + day(season, SeasonEvent.MATCH_DAY) + "; residency starts "
                + day(season, SeasonEvent.RESIDENCY_STARTS) + ".");
        if (strengthenFirst()) {
            dates.add("Strengthening first means applying in the " + (season.year() + 1)
                    + " season instead, about a year later.");
        }
        return dates;
    }

    private List<String> namesInCycle(ApplicationCycle cycle) {
        return r.selectedPrograms().stream()
                .filter(p -> p.cycle() == cycle)
                .map(ProgramResult::specialtyCode)
                .distinct()
                .sorted()
                .map(specialtyNames::get)
                .toList();
    }

    private static String sendWindow(Season season, String who, SeasonEvent submit, SeasonEvent review) {
        return capitalized(who) + ": send from " + day(season, submit) + "; they start reading on "
                + day(season, review) + ".";
    }

    private static String capitalized(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** The rule that excluded the most programs, in its own words, with how many it excluded; empty when none did. */
    public String mainExclusion() {
        Map<String, List<Reason>> byRule = r.excluded().stream()
                .flatMap(e -> e.reasons().stream())
                .collect(Collectors.groupingBy(Reason::rule, TreeMap::new, Collectors.toList()));
        return byRule.values().stream()
                .max(java.util.Comparator.comparingInt(List::size))
                .map(reasons -> (reasons.size() == r.excluded().size()
                                ? "For all of them: "
                                : "For " + reasons.size() + " of them: ")
                        + reasons.get(0).message())
                .orElse("");
    }

    private static String day(Season season, SeasonEvent event) {
        return season.calendar().stream()
                .filter(d -> d.event() == event)
                .findFirst()
                .flatMap(SeasonDate::date)
                .map(ShortAnswer::dayInWords)
                .orElse("a date not yet published");
    }

    /** A date as a person writes it: "September 1, 2027". */
    public static String dayInWords(LocalDate date) {
        return DAY.format(date);
    }

    /** The plan without the decision, which the answer states first. */
    public List<PlanAction> nextSteps() {
        return r.plan().stream().filter(a -> !DECISION_IDS.contains(a.id())).toList();
    }

    /** The chosen programs counted by specialty and tier, goal tracks first, then by code. */
    public List<SpecialtyCount> counts() {
        Map<String, List<ProgramResult>> bySpecialty = bySpecialty();
        List<SpecialtyCount> counts = new ArrayList<>();
        bySpecialty.forEach((code, programs) -> counts.add(new SpecialtyCount(
                specialty(code),
                programs.get(0).pathway(),
                count(programs, Tier.REACH),
                count(programs, Tier.REALISTIC),
                count(programs, Tier.SAFETY))));
        return counts;
    }

    private static int count(List<ProgramResult> programs, Tier tier) {
        return (int) programs.stream().filter(p -> p.tier() == tier).count();
    }

    /** The chosen programs by specialty (goal tracks first), then by tier from Reach to Safety, in list order. */
    public List<Group> groups() {
        List<Group> groups = new ArrayList<>();
        bySpecialty().forEach((code, programs) -> {
            for (Tier tier : Tier.values()) {
                List<ProgramResult> inTier =
                        programs.stream().filter(p -> p.tier() == tier).toList();
                if (!inTier.isEmpty()) {
                    groups.add(new Group(
                            specialty(code),
                            inTier.get(0).pathway(),
                            inTier.get(0).tier(),
                            inTier));
                }
            }
        });
        return groups;
    }

    private Map<String, List<ProgramResult>> bySpecialty() {
        Map<String, List<ProgramResult>> goal = new TreeMap<>();
        Map<String, List<ProgramResult>> pathway = new TreeMap<>();
        for (ProgramResult p : r.selectedPrograms()) {
            (p.pathway() ? pathway : goal)
                    .computeIfAbsent(p.specialtyCode(), k -> new ArrayList<>())
                    .add(p);
        }
        Map<String, List<ProgramResult>> all = new LinkedHashMap<>(goal);
        all.putAll(pathway);
        return all;
    }

    /** The questions to ask the chosen programs, each once, in the order the checklist first asks them. */
    public List<Question> questions() {
        return questions;
    }

    /**
     * The numbers of the questions to ask this program that are not asked of every program on the list, for its line
     * in the list; empty when there are none.
     */
    public List<Integer> particularQuestionsFor(ProgramResult program) {
        return questionsByProgram.getOrDefault(program.id(), List.of());
    }

    private List<Question> groupQuestions() {
        Map<String, ProgramResult> chosen = r.selectedPrograms().stream()
                .collect(Collectors.toMap(ProgramResult::id, p -> p, (a, b) -> a, LinkedHashMap::new));
        Map<String, Set<String>> programsByQuestion = new LinkedHashMap<>();
        Map<String, Integer> guessed = new TreeMap<>();
        Map<String, Integer> outOfDate = new TreeMap<>();
        for (VerifyItem item : r.verifyChecklist()) {
            for (String asked : item.questions()) {
                String question = topic(asked);
                programsByQuestion
                        .computeIfAbsent(question, k -> new HashSet<>())
                        .add(item.programId());
                if (asked.startsWith(CONFIRM)) {
                    outOfDate.merge(question, 1, Integer::sum);
                } else if (asked.contains(INFERRED)) {
                    guessed.merge(question, 1, Integer::sum);
                }
            }
        }
        List<Question> grouped = new ArrayList<>();
        programsByQuestion.forEach((text, ids) -> {
            int number = grouped.size() + 1;
            List<ProgramResult> programs =
                    chosen.values().stream().filter(p -> ids.contains(p.id())).toList();
            boolean everyProgram = programs.size() == chosen.size();
            if (!everyProgram) {
                programs.forEach(p -> questionsByProgram
                        .computeIfAbsent(p.id(), k -> new ArrayList<>())
                        .add(number));
            }
            grouped.add(new Question(
                    number,
                    text,
                    programs,
                    guessed.getOrDefault(text, 0),
                    outOfDate.getOrDefault(text, 0),
                    everyProgram));
        });
        return grouped;
    }

    /**
     * The question a checklist line asks, in the words of its topic, so that an unknown, a guessed and an out-of-date
     * answer on the same fact are one question; a line on no known topic stays as it is.
     */
    static String topic(String asked) {
        int note = asked.indexOf(INFERRED);
        String question = note < 0 ? asked : asked.substring(0, note);
        return TOPICS.entrySet().stream()
                .filter(t -> question.contains(t.getKey()))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(asked);
    }
}
