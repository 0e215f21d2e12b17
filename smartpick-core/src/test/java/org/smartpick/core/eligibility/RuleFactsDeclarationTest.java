package org.smartpick.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.ExamResult;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Step1;
import org.smartpick.core.applicant.Step2ck;
import org.smartpick.core.applicant.Step3;
import org.smartpick.core.applicant.Usmle;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.program.ApplicationCycle;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Inference;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.ResearchIntensity;
import org.smartpick.core.program.Track;
import org.smartpick.core.program.YesNoUnknown;

/**
 * The verdict cache is keyed by the program facts the rules declare ({@link EligibilityRule}): these tests vary
 * every component of a {@link Program}, one at a time, and check that no rule's outcome moves with a fact the rule
 * does not declare, and that the key tells apart every value of a declared fact that changes an outcome.
 */
class RuleFactsDeclarationTest {
    private static final int SEASON = 2026;
    private static final EligibilityRules RULES = new EligibilityRules(new EligibilityPolicy("test", 5, 0, 225));
    private static final SeasonDeadlines EARLY = new SeasonDeadlines(
            SEASON,
            LocalDate.of(2025, 6, 2),
            LocalDate.of(2026, 2, 25),
            28,
            LocalDate.of(2025, 9, 24),
            LocalDate.of(2026, 7, 1));

    /** Applicants that meet every branch of the rules, with and without the season's dates. */
    private static final List<EligibilityRules.ApplicantRules> APPLICANTS = List.of(
                    applicant(ApplicantType.US_MD, Visa.none(), 2026, false, usmle(1, ExamResult.PASS, 240, false)),
                    applicant(
                            ApplicantType.NON_US_IMG,
                            visa(VisaType.J1),
                            2022,
                            true,
                            usmle(1, ExamResult.PASS, 240, false)),
                    applicant(
                            ApplicantType.NON_US_IMG,
                            visa(VisaType.H1B),
                            2022,
                            true,
                            usmle(1, ExamResult.PASS, 200, false)),
                    applicant(ApplicantType.NON_US_IMG, visa(), 2012, false, usmle(3, ExamResult.FAIL, null, true)),
                    applicant(
                            ApplicantType.US_IMG,
                            visa(VisaType.J1, VisaType.H1B),
                            2019,
                            true,
                            usmle(2, ExamResult.PASS, 230, false)))
            .stream()
            .flatMap(p -> List.of(RULES.forApplicant(p, SEASON), RULES.forApplicant(p, EARLY)).stream())
            .toList();

    /** Programs from open to closed, with facts stated, unknown or inferred. */
    private static final List<Program> BASES = List.of(
            program(stated(YesNoUnknown.YES), stated(YesNoUnknown.YES), stated(YesNoUnknown.NO), null, null, null),
            program(stated(YesNoUnknown.NO), stated(YesNoUnknown.NO), stated(YesNoUnknown.YES), 3, 2, 240),
            program(Fact.unknown(), Fact.unknown(), Fact.unknown(), null, null, null),
            program(inferred(YesNoUnknown.NO), stated(YesNoUnknown.UNKNOWN), inferred(YesNoUnknown.YES), 10, 6, 200));

    @Test
    void everyRuleInAVerdictDeclaresTheFactsItReads() {
        assertThat(RULES.verdict(profile0(), BASES.get(0), SEASON).outcomes())
                .extracting(RuleOutcome::rule)
                .containsExactlyElementsOf(Arrays.stream(EligibilityRule.values())
                        .map(EligibilityRule::id)
                        .toList());
    }

    @Test
    void noRuleReadsAProgramFactItDoesNotDeclare() {
        int compared = 0;
        for (Program base : BASES) {
            List<Variant> variants = variants(base);
            for (EligibilityRules.ApplicantRules applicant : APPLICANTS) {
                Map<String, RuleOutcome> atBase = byRule(applicant.verdict(base));
                for (Variant variant : variants) {
                    Map<String, RuleOutcome> atVariant = byRule(applicant.verdict(variant.program()));
                    for (EligibilityRule rule : EligibilityRule.values()) {
                        if (!declaredComponents(rule).contains(variant.component())) {
                            assertThat(atVariant.get(rule.id()))
                                    .as("%s with %s changed to %s", rule, variant.component(), variant.value())
                                    .isEqualTo(atBase.get(rule.id()));
                            compared++;
                        }
                    }
                }
            }
        }
        assertThat(compared).isGreaterThan(BASES.size() * APPLICANTS.size() * 100);
    }

    @Test
    void theKeyTellsApartEveryValueOfADeclaredFactThatChangesAVerdict() {
        for (RuleFact fact : EligibilityRule.factsRead()) {
            for (Program base : BASES) {
                List<Program> programs = new ArrayList<>(List.of(base));
                variants(base).stream()
                        .filter(v -> v.component().equals(fact.programComponent()))
                        .forEach(v -> programs.add(v.program()));
                assertThat(programs.stream().map(EligibilityRules::ruleFactsKey).distinct())
                        .as("%s is packed into the key", fact)
                        .hasSizeGreaterThan(2);
                for (Program a : programs) {
                    for (Program b : programs) {
                        long key = EligibilityRules.ruleFactsKey(a);
                        if (key >= 0 && key == EligibilityRules.ruleFactsKey(b)) {
                            for (EligibilityRules.ApplicantRules applicant : APPLICANTS) {
                                assertThat(applicant.verdict(b).outcomes())
                                        .as("%s: %s and %s share key %d", fact, a, b, key)
                                        .isEqualTo(applicant.verdict(a).outcomes());
                            }
                        }
                    }
                }
            }
        }
    }

    @Test
    void theKeyIgnoresEveryFactNoRuleDeclares() {
        Set<String> declared = EligibilityRule.factsRead().stream()
                .map(RuleFact::programComponent)
                .collect(Collectors.toSet());
        for (Program base : BASES) {
            for (Variant variant : variants(base)) {
                if (!declared.contains(variant.component())) {
                    assertThat(EligibilityRules.ruleFactsKey(variant.program()))
                            .as("%s changed to %s", variant.component(), variant.value())
                            .isEqualTo(EligibilityRules.ruleFactsKey(base));
                }
            }
        }
    }

    @Test
    void everyDeclaredFactNamesAProgramComponent() {
        Set<String> components = Arrays.stream(Program.class.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
        assertThat(Arrays.stream(RuleFact.values()).map(RuleFact::programComponent))
                .allSatisfy(name -> assertThat(components).contains(name));
    }

    private static Profile profile0() {
        return applicant(
                ApplicantType.NON_US_IMG, visa(VisaType.J1), 2022, true, usmle(1, ExamResult.PASS, 240, false));
    }

    private static Set<String> declaredComponents(EligibilityRule rule) {
        return rule.reads().stream().map(RuleFact::programComponent).collect(Collectors.toSet());
    }

    private static Map<String, RuleOutcome> byRule(EligibilityVerdict verdict) {
        Map<String, RuleOutcome> outcomes = new HashMap<>();
        verdict.outcomes().forEach(o -> outcomes.put(o.rule(), o));
        return outcomes;
    }

    /** A program that differs from its base in one top-level component (or in one fact of a nested record). */
    private record Variant(String component, Object value, Program program) {}

    /** Every program that differs from {@code base} in one component, for every component of {@link Program}. */
    private static List<Variant> variants(Program base) {
        List<Variant> variants = new ArrayList<>();
        RecordComponent[] components = Program.class.getRecordComponents();
        for (int i = 0; i < components.length; i++) {
            RecordComponent component = components[i];
            for (Object value : otherValues(component.getName(), component.getGenericType(), read(component, base))) {
                variants.add(new Variant(component.getName(), value, (Program) with(base, i, value)));
            }
        }
        return variants;
    }

    /** Values of a component's type other than {@code current}; fails for a type it cannot vary. */
    private static List<Object> otherValues(String name, Type type, Object current) {
        List<Object> values = new ArrayList<>();
        if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == Fact.class) {
            values.add(Fact.unknown());
            for (Object sample : samples(parameterized.getActualTypeArguments()[0])) {
                Fact<Object> fact = Fact.of(sample, "test", "2025-01-01");
                values.add(fact);
                values.add(fact.inferredBy(new Inference("1403500002", "Other", "same sponsor", "usually right")));
            }
        } else if (type instanceof ParameterizedType parameterized && parameterized.getRawType() == List.class) {
            values.addAll(List.of(List.of(), List.of("another source gave 4")));
        } else if (type == String.class) {
            values.addAll(name.equals("id") ? List.of("1403500077") : List.of("", "Elsewhere"));
        } else if (type instanceof Class<?> enumType && enumType.isEnum()) {
            values.addAll(List.of(enumType.getEnumConstants()));
        } else if (type instanceof Class<?> recordType && recordType.isRecord()) {
            RecordComponent[] components = recordType.getRecordComponents();
            for (int i = 0; i < components.length; i++) {
                RecordComponent component = components[i];
                for (Object value :
                        otherValues(component.getName(), component.getGenericType(), read(component, current))) {
                    values.add(with(current, i, value));
                }
            }
        } else {
            throw new AssertionError("no values to vary a program's " + name + " of type " + type + " with");
        }
        values.remove(current);
        return values;
    }

    private static List<Object> samples(Type type) {
        if (type == Integer.class) {
            return List.of(0, 1, 3, 6, 200, 240, 65_534, 65_535);
        }
        if (type == Double.class) {
            return List.of(0.0, 0.5, 80.0);
        }
        if (type == String.class) {
            return List.of("226-235");
        }
        if (type instanceof Class<?> enumType && enumType.isEnum()) {
            return List.of(enumType.getEnumConstants());
        }
        if (type == ResearchIntensity.class) {
            return List.of(
                    new ResearchIntensity(
                            "University", 1_000_000, 1, 162, ResearchIntensity.MatchBasis.SAME_UNIVERSITY),
                    new ResearchIntensity(
                            "College", 1_000, 150, 162, ResearchIntensity.MatchBasis.AFFILIATION_INFERRED));
        }
        throw new AssertionError("no sample values of a fact of type " + type);
    }

    private static Object read(RecordComponent component, Object record) {
        try {
            return component.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new LinkageError(e.getMessage(), e);
        }
    }

    /** A copy of {@code record} with component {@code index} set to {@code value}. */
    private static Object with(Object record, int index, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            values[i] = i == index ? value : read(components[i], record);
            types[i] = components[i].getType();
        }
        try {
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new LinkageError(e.getMessage(), e);
        }
    }

    private static <T> Fact<T> stated(T value) {
        return Fact.of(value, "freida", "2025-03-01");
    }

    private static <T> Fact<T> inferred(T value) {
        return stated(value).inferredBy(new Inference("1403500003", "Sister program", "same sponsor", "usually right"));
    }

    private static Fact<Integer> limit(Integer value) {
        return value == null ? Fact.unknown() : stated(value);
    }

    private static Program program(
            Fact<YesNoUnknown> j1,
            Fact<YesNoUnknown> h1b,
            Fact<YesNoUnknown> restricted,
            Integer maxYears,
            Integer maxAttempts,
            Integer minStep2) {
        return new Program(
                "1403500001",
                "Program",
                "Institution",
                "City",
                "NY",
                "140",
                "Internal Medicine",
                Track.CATEGORICAL,
                ApplicationCycle.RESIDENCY_SEPTEMBER,
                Fact.unknown(),
                Fact.unknown(),
                j1,
                h1b,
                restricted,
                Fact.unknown(),
                Fact.unknown(),
                limit(minStep2),
                limit(maxYears),
                limit(maxAttempts),
                "",
                List.of());
    }

    private static Visa visa(VisaType... accepts) {
        return new Visa(true, List.of(accepts));
    }

    private static Profile applicant(ApplicantType type, Visa visa, int graduationYear, boolean ecfmg, Usmle usmle) {
        return new Profile(
                "a", type, "", visa, graduationYear, ecfmg, usmle, null, null, null, null, null, 0, null, null, null);
    }

    private static Usmle usmle(int step1Attempts, ExamResult step1, Integer step2, boolean step3Passed) {
        return new Usmle(
                new Step1(step1, OptionalInt.empty(), step1Attempts),
                new Step2ck(step2 == null ? OptionalInt.empty() : OptionalInt.of(step2), step2 == null ? 0 : 1),
                step3Passed ? new Step3(true, true, OptionalInt.of(230), 1) : Step3.notTaken());
    }
}
