package org.smartpick.core.strategy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.applicant.VisaType;
import org.smartpick.core.program.Fact;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.YesNoUnknown;

/**
 * For the chosen programs, the facts that matter to this applicant and are unknown or stale, as questions for the
 * coordinator. Programs with nothing to ask are left out; the rest are sorted by id.
 */
public final class VerifyChecklist {
    private final Profile profile;
    private final LocalDate asOf;
    private final int staleAfterDays;
    /** Whether a fact of that date is stale, worked out once per date: the catalog's facts share a few dates. */
    private final Map<String, Boolean> staleByDate = new HashMap<>();
    /** The questions on limits, worded once for all chosen programs: their words depend only on the profile. */
    private final String step2Question;

    private final String graduationQuestion;
    private final String attemptsQuestion;

    public VerifyChecklist(Profile profile, LocalDate asOf, int staleAfterDays) {
        this.profile = profile;
        this.asOf = asOf;
        this.staleAfterDays = staleAfterDays;
        this.step2Question = "Is there a minimum Step 2 CK score"
                + yours(
                        profile.usmle().step2ck().score().isPresent()
                                ? "yours is "
                                        + profile.usmle().step2ck().score().getAsInt()
                                : "")
                + "?";
        this.graduationQuestion = "Is there a limit on years since graduation"
                + yours("you graduated in " + profile.graduationYear()) + "?";
        this.attemptsQuestion = "Does the program accept applicants with more than one attempt on a USMLE step"
                + yours("you have " + maxAttempts() + " on one step") + "?";
    }

    public List<VerifyItem> checklist(List<Program> chosen) {
        return chosen.stream()
                .sorted(Comparator.comparing(Program::id))
                .map(this::item)
                .flatMap(Optional::stream)
                .toList();
    }

    Optional<VerifyItem> item(Program program) {
        List<String> questions = new ArrayList<>();
        boolean sponsored = profile.visa().needsSponsorship();
        if (sponsored && profile.visa().accepts().contains(VisaType.J1)) {
            askYesNo(
                    questions,
                    program.j1Visa(),
                    "Does the program sponsor J-1 visas through ECFMG?",
                    "J-1 sponsorship");
        }
        if (sponsored && profile.visa().accepts().contains(VisaType.H1B)) {
            askYesNo(
                    questions,
                    program.h1bVisa(),
                    "Does the program sponsor H-1B visas, and must Step 3 be passed first?",
                    "H-1B sponsorship");
        }
        if (sponsored) {
            askYesNo(
                    questions,
                    program.citizenshipRestricted(),
                    "Are any positions funded in a way that requires US citizenship or permanent residence?",
                    "citizenship-restricted funding");
        }
        askLimit(questions, program.minStep2Score(), step2Question, "minimum Step 2 CK score");
        if (profile.applicantType().isImg()) {
            askLimit(
                    questions,
                    program.maxYearsSinceGraduation(),
                    graduationQuestion,
                    "limit on years since graduation");
        }
        if (maxAttempts() > 1) {
            askLimit(questions, program.maxAttempts(), attemptsQuestion, "attempt limit");
        }
        return questions.isEmpty()
                ? Optional.empty()
                : Optional.of(new VerifyItem(program.id(), program.name(), questions));
    }

    private static String yours(String detail) {
        return detail.isEmpty() ? "" : " (" + detail + ")";
    }

    private int maxAttempts() {
        return Math.max(
                profile.usmle().step1().attempts(),
                Math.max(
                        profile.usmle().step2ck().attempts(),
                        profile.usmle().step3().attempts()));
    }

    /** A yes/no fact is asked when unknown (no source, or a source saying "unknown") and re-confirmed when stale. */
    private void askYesNo(List<String> questions, Fact<YesNoUnknown> fact, String question, String what) {
        if (fact.value().filter(v -> v != YesNoUnknown.UNKNOWN).isEmpty()) {
            questions.add(question);
        } else if (!fact.isStated()) {
            questions.add(question + " (" + fact.inference().orElseThrow().describe() + ")");
        } else if (isStale(fact)) {
            questions.add(confirm(what, fact.value().get().name().toLowerCase(Locale.ROOT), fact));
        }
    }

    /** A numeric limit is asked when no source states it and re-confirmed when stale. */
    private void askLimit(List<String> questions, Fact<Integer> fact, String question, String what) {
        if (!fact.isKnown()) {
            questions.add(question);
        } else if (isStale(fact)) {
            questions.add(confirm(what, String.valueOf(fact.value().get()), fact));
        }
    }

    private static String confirm(String what, String value, Fact<?> fact) {
        return "Our data gives " + what + " as " + value + " (source " + fact.sourceId() + ", as of "
                + (fact.asOf().isBlank() ? "an unknown date" : fact.asOf()) + "); is that still right?";
    }

    /** Older than the threshold, or with a date we cannot read (then we cannot vouch for it either). */
    boolean isStale(Fact<?> fact) {
        return staleByDate.computeIfAbsent(
                fact.asOf(),
                text -> asOfDate(text)
                        .map(d -> d.plusDays(staleAfterDays).isBefore(asOf))
                        .orElse(true));
    }

    /** Reads an ISO date, a year-month or a year (taken as its first day). */
    static Optional<LocalDate> asOfDate(String text) {
        String t = text.strip();
        try {
            if (t.length() == 4) {
                return Optional.of(LocalDate.of(Integer.parseInt(t), 1, 1));
            }
            if (t.length() == 7) {
                return Optional.of(YearMonth.parse(t).atDay(1));
            }
            return Optional.of(LocalDate.parse(t));
        } catch (DateTimeParseException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
