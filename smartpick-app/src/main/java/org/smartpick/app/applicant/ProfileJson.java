package org.smartpick.app.applicant;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.smartpick.core.applicant.ApplicantType;
import org.smartpick.core.applicant.Budget;
import org.smartpick.core.applicant.ClinicalExperience;
import org.smartpick.core.applicant.ExamResult;
import org.smartpick.core.applicant.Letters;
import org.smartpick.core.applicant.Preferences;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.Research;
import org.smartpick.core.applicant.SpecialtyExperience;
import org.smartpick.core.applicant.Step1;
import org.smartpick.core.applicant.Step2ck;
import org.smartpick.core.applicant.Step3;
import org.smartpick.core.applicant.Target;
import org.smartpick.core.applicant.TargetRole;
import org.smartpick.core.applicant.Usmle;
import org.smartpick.core.applicant.Visa;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.common.Problem;

/**
 * Translates the profile JSON format (see {@code examples/}) into a {@link Profile}, reporting every field of the
 * wrong type or unknown name with its path and in plain words. Semantic checks (ranges, codes) are
 * {@link org.smartpick.core.applicant.ProfileRules}, run on what could be read so that both kinds come at once.
 */
public final class ProfileJson {
    private static final Set<String> TOP = Set.of(
            "name",
            "applicantType",
            "citizenship",
            "visa",
            "graduationYear",
            "ecfmgCertified",
            "usmle",
            "usClinicalExperience",
            "specialtyExperience",
            "research",
            "letters",
            "degrees",
            "cyclesApplied",
            "targets",
            "preferences",
            "budget");

    private ProfileJson() {}

    /**
     * The outcome of reading: the profile as read (empty only when the text is not a JSON object) and the reader's
     * problems. Where a value could not be read the profile holds a placeholder (0, empty, left out of its list), so
     * the rules may judge only the other fields ({@link #unreadFields()}).
     */
    public record Result(Optional<Profile> asRead, List<Problem> problems) {
        public Result {
            problems = List.copyOf(problems);
        }

        /** The profile when it was read without problems. */
        public Optional<Profile> profile() {
            return problems.isEmpty() ? asRead : Optional.empty();
        }

        /** The fields the reader reported: their values in {@link #asRead()} are placeholders. */
        public Set<String> unreadFields() {
            Set<String> fields = new HashSet<>();
            problems.forEach(p -> fields.add(p.field()));
            return Set.copyOf(fields);
        }
    }

    /** Parses JSON text; broken JSON is one problem naming the line and column. */
    public static Result parse(String json, ObjectMapper mapper) {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new Result(
                    Optional.empty(),
                    List.of(new Problem(
                            "profile",
                            "The profile is not valid JSON" + where + ": " + firstLine(e.getOriginalMessage()))));
        }
        return read(root);
    }

    /** Reads a parsed JSON tree. */
    public static Result read(JsonNode root) {
        if (root == null || !root.isObject()) {
            return new Result(
                    Optional.empty(), List.of(new Problem("profile", "The profile must be a JSON object {...}")));
        }
        JsonFields in = new JsonFields();
        in.rejectUnknownFields(root, "", TOP);
        Profile profile = new Profile(
                in.text(root, "name", "name"),
                in.enumValue(root, "applicantType", "applicantType", ApplicantType.class),
                in.text(root, "citizenship", "citizenship"),
                visa(root, in),
                in.integer(root, "graduationYear", "graduationYear", 0),
                in.bool(root, "ecfmgCertified", "ecfmgCertified", false),
                usmle(root, in),
                clinicalExperience(root, in),
                specialtyExperience(root, in),
                research(root, in),
                letters(root, in),
                in.strings(root, "degrees", "degrees"),
                in.integer(root, "cyclesApplied", "cyclesApplied", 0),
                in.array(root, "targets", "targets", (node, path) -> target(node, path, in)),
                preferences(root, in),
                budget(root, in));
        return new Result(Optional.of(profile), in.problems());
    }

    private static Visa visa(JsonNode root, JsonFields in) {
        return in.object(root, "visa", "visa", Set.of("needsSponsorship", "accepts"))
                .map(v -> new Visa(
                        in.bool(v, "needsSponsorship", "visa.needsSponsorship", false),
                        in.array(v, "accepts", "visa.accepts", (node, path) -> in.enumOf(node, path, VisaType.class))))
                .orElse(Visa.none());
    }

    private static Usmle usmle(JsonNode root, JsonFields in) {
        Optional<JsonNode> usmle = in.object(root, "usmle", "usmle", Set.of("step1", "step2ck", "step3"));
        if (usmle.isEmpty()) {
            return Usmle.none();
        }
        JsonNode u = usmle.get();
        Step1 step1 = in.object(u, "step1", "usmle.step1", Set.of("result", "score", "attempts"))
                .map(s -> new Step1(
                        Optional.ofNullable(in.enumValue(s, "result", "usmle.step1.result", ExamResult.class))
                                .orElse(s.hasNonNull("score") ? ExamResult.PASS : ExamResult.NOT_TAKEN),
                        in.optionalInteger(s, "score", "usmle.step1.score"),
                        in.integer(s, "attempts", "usmle.step1.attempts", 0)))
                .orElse(Step1.notTaken());
        Step2ck step2 = in.object(u, "step2ck", "usmle.step2ck", Set.of("score", "attempts"))
                .map(s -> new Step2ck(
                        in.optionalInteger(s, "score", "usmle.step2ck.score"),
                        in.integer(s, "attempts", "usmle.step2ck.attempts", 0)))
                .orElse(Step2ck.notTaken());
        Step3 step3 = in.object(u, "step3", "usmle.step3", Set.of("taken", "passed", "score", "attempts"))
                .map(s -> new Step3(
                        in.bool(s, "taken", "usmle.step3.taken", s.hasNonNull("score")),
                        in.bool(s, "passed", "usmle.step3.passed", false),
                        in.optionalInteger(s, "score", "usmle.step3.score"),
                        in.integer(s, "attempts", "usmle.step3.attempts", 0)))
                .orElse(Step3.notTaken());
        return new Usmle(step1, step2, step3);
    }

    private static ClinicalExperience clinicalExperience(JsonNode root, JsonFields in) {
        return in.object(
                        root,
                        "usClinicalExperience",
                        "usClinicalExperience",
                        Set.of("handsOnMonths", "observershipMonths"))
                .map(c -> new ClinicalExperience(
                        in.integer(c, "handsOnMonths", "usClinicalExperience.handsOnMonths", 0),
                        in.integer(c, "observershipMonths", "usClinicalExperience.observershipMonths", 0)))
                .orElse(ClinicalExperience.none());
    }

    private static SpecialtyExperience specialtyExperience(JsonNode root, JsonFields in) {
        return in.object(root, "specialtyExperience", "specialtyExperience", Set.of("specialty", "months", "kinds"))
                .map(s -> new SpecialtyExperience(
                        in.text(s, "specialty", "specialtyExperience.specialty"),
                        in.integer(s, "months", "specialtyExperience.months", 0),
                        in.strings(s, "kinds", "specialtyExperience.kinds")))
                .orElse(SpecialtyExperience.none());
    }

    private static Research research(JsonNode root, JsonFields in) {
        return in.object(root, "research", "research", Set.of("publications", "abstracts", "posters", "inSpecialty"))
                .map(r -> new Research(
                        in.integer(r, "publications", "research.publications", 0),
                        in.integer(r, "abstracts", "research.abstracts", 0),
                        in.integer(r, "posters", "research.posters", 0),
                        in.integer(r, "inSpecialty", "research.inSpecialty", 0)))
                .orElse(Research.none());
    }

    private static Letters letters(JsonNode root, JsonFields in) {
        return in.object(root, "letters", "letters", Set.of("total", "us", "fromSpecialty"))
                .map(l -> new Letters(
                        in.integer(l, "total", "letters.total", 0),
                        in.integer(l, "us", "letters.us", 0),
                        in.integer(l, "fromSpecialty", "letters.fromSpecialty", 0)))
                .orElse(Letters.none());
    }

    private static Target target(JsonNode node, String path, JsonFields in) {
        if (!node.isObject()) {
            in.add(
                    path,
                    JsonFields.label(path)
                            + " must be an object like {\"specialtyCode\": \"140\", \"role\": \"GOAL\"}");
            return null;
        }
        in.rejectUnknownFields(node, path, Set.of("specialtyCode", "role", "weight"));
        String code = node.path("specialtyCode").isNumber()
                ? node.get("specialtyCode").asText()
                : in.text(node, "specialtyCode", path + ".specialtyCode");
        TargetRole role = in.enumValue(node, "role", path + ".role", TargetRole.class);
        OptionalDouble weight = in.optionalNumber(node, "weight", path + ".weight");
        return new Target(code.trim(), role, weight);
    }

    private static Preferences preferences(JsonNode root, JsonFields in) {
        return in.object(root, "preferences", "preferences", Set.of("states", "settings"))
                .map(p -> new Preferences(
                        in.strings(p, "states", "preferences.states"),
                        in.strings(p, "settings", "preferences.settings")))
                .orElse(Preferences.none());
    }

    private static Budget budget(JsonNode root, JsonFields in) {
        return in.object(root, "budget", "budget", Set.of("maxUsd", "maxPrograms", "maxProgramsPerSpecialty"))
                .map(b -> new Budget(
                        in.optionalInteger(b, "maxUsd", "budget.maxUsd"),
                        in.optionalInteger(b, "maxPrograms", "budget.maxPrograms"),
                        perSpecialty(b, in)))
                .orElse(Budget.none());
    }

    private static Map<String, Integer> perSpecialty(JsonNode budget, JsonFields in) {
        JsonNode node = budget.get("maxProgramsPerSpecialty");
        if (node == null || node.isNull()) {
            return Map.of();
        }
        if (!node.isObject()) {
            in.add(
                    "budget.maxProgramsPerSpecialty",
                    "Most programs per specialty must be an object such as {\"140\": 40}");
            return Map.of();
        }
        Map<String, Integer> limits = new HashMap<>();
        node.fieldNames()
                .forEachRemaining(code -> in.optionalInteger(
                                node, code, "budget.maxProgramsPerSpecialty." + JsonFields.clip(code))
                        .ifPresent(n -> limits.put(code, n)));
        return limits;
    }

    private static String firstLine(String message) {
        String text = message == null ? "" : message;
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() <= 120 ? line : line.substring(0, 120) + "...";
    }
}
