package org.smartpick.app.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.smartpick.core.applicant.Preferences;
import org.smartpick.core.applicant.Profile;
import org.smartpick.core.program.Program;
import org.smartpick.core.program.Setting;
import org.smartpick.core.recommend.PreferenceSummary;
import org.smartpick.core.recommend.ProgramResult;
import org.smartpick.core.recommend.Recommendation;

/**
 * Stated preferences count in the list: a preferred setting brings more programs of that setting onto the list, at
 * a cost in match chance that the answer reports and that the policy's weight bounds.
 */
class PreferencesCountTest {
    private static final Path US_MD = Path.of("../examples/us-md-internal-medicine.json");

    @Test
    void preferringUniversityProgramsPutsMoreOfThemOnTheListAtAReportedAndBoundedCost() throws IOException {
        Profile base = ExampleProfiles.profile(US_MD);
        Recommendation without = recommend(withPreferences(base, new Preferences(List.of(), List.of())));
        Recommendation with = recommend(withPreferences(base, new Preferences(List.of(), List.of("University-based"))));

        long universityWithout = university(without);
        long universityWith = university(with);
        assertThat(universityWith).isGreaterThan(universityWithout);
        assertThat(without.summary().preferences()).isEmpty();
        PreferenceSummary p = with.summary().preferences().orElseThrow();
        assertThat(p.chosenInside()).isEqualTo(universityWith);
        assertThat(p.chosenOutside()).isEqualTo(with.summary().applications() - universityWith);
        assertThat(p.chosenOutsideSettings()).isEqualTo(p.chosenOutside());
        double cost = without.summary().pAtLeastOneMatch() - with.summary().pAtLeastOneMatch();
        // holding to the preference lowers the chance by at most its weight per preferred program it adds
        assertThat(cost).isLessThanOrEqualTo(p.weightPerProgram() * (universityWith - universityWithout) + 1e-9);
        // the list found without preferences is the one a profile without them gets, up to the search's own
        // heuristics (it sees the candidates split by preference, so it may end a little apart)
        assertThat(p.pIgnoringPreferences()).isCloseTo(without.summary().pAtLeastOneMatch(), within(0.0005));
        assertThat(p.cost())
                .isCloseTo(Math.max(0, p.pIgnoringPreferences() - with.summary().pAtLeastOneMatch()), within(1e-12));
        assertThat(p.weightPerProgram()).isPositive();
    }

    @Test
    void theReportAndTheJsonSayHowManyChosenProgramsAreOutsideThePreferencesAndWhy() throws IOException {
        Recommendation r = recommend(ExampleProfiles.profile(US_MD));
        PreferenceSummary p = r.summary().preferences().orElseThrow();

        assertThat(p.chosenOutside()).isPositive();
        assertThat(p.statement())
                .contains("Your preferences weigh " + points(p.weightPerProgram())
                        + " points of match chance per program")
                .contains(p.chosenOutside() + " of " + r.summary().applications()
                        + " chosen programs are outside them (" + p.chosenOutsideStates() + " outside your states)")
                .contains("these add " + points(p.pFromOutside()) + " points together")
                .contains(percent(p.pIgnoringPreferences()) + " for the best list found without them");
        assertThat(TextReport.renderFullDetail(r).replaceAll("\\s+", " ")).contains(p.statement());
        assertThat(TextReport.render(r).replaceAll("\\s+", " "))
                .contains(p.chosenOutside() + " of "
                        + r.summary().applications() + " programs are outside your stated preferences; they add "
                        + points(p.pFromOutside()) + " points.");
        assertThat(p.chosenOutsideStates())
                .isEqualTo(r.selectedPrograms().stream()
                        .filter(s -> !p.states().contains(s.state()))
                        .count());
    }

    /** The shipped recommender with stated preferences weighed at 0.1 point per program (shipped at 0). */
    private static final RecommendationService WEIGHING_PREFERENCES = ExampleProfiles.service(
            ExampleProfiles::shippedCatalog,
            ShippedPolicies.recommender(shippedRecommendPolicy()
                    .replace("preferences.weightPerProgram=0\n", "preferences.weightPerProgram=0.001\n")));

    private static String shippedRecommendPolicy() {
        try (InputStream in = PreferencesCountTest.class.getResourceAsStream("/data/policy/recommend.properties")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Recommendation recommend(Profile profile) {
        RecommendationService service = WEIGHING_PREFERENCES;
        return service.recommend(profile, service.defaultOptions(profile))
                .recommendation()
                .orElseThrow();
    }

    private static long university(Recommendation r) {
        Map<String, Program> byId = ExampleProfiles.shippedCatalog().programs().stream()
                .collect(Collectors.toMap(Program::id, Function.identity()));
        return r.selectedPrograms().stream()
                .map(ProgramResult::id)
                .map(byId::get)
                .filter(p ->
                        p.setting().value().filter(s -> s == Setting.UNIVERSITY).isPresent())
                .count();
    }

    private static Profile withPreferences(Profile p, Preferences preferences) {
        return new Profile(
                p.name(),
                p.applicantType(),
                p.citizenship(),
                p.visa(),
                p.graduationYear(),
                p.ecfmgCertified(),
                p.usmle(),
                p.usClinicalExperience(),
                p.specialtyExperience(),
                p.research(),
                p.letters(),
                p.degrees(),
                p.cyclesApplied(),
                p.targets(),
                preferences,
                p.budget());
    }

    private static String points(double p) {
        return String.format(java.util.Locale.ROOT, "%.1f", 100 * p);
    }

    private static String percent(double p) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * p);
    }
}
