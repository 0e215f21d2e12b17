package org.smartpick.app.importing;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The rules that find a row's program by its names: each stays within the row's specialty and state and returns
 * every candidate it finds ({@link InterviewRateJoin} joins only a single one).
 */
final class InterviewRateNameRules {
    private InterviewRateNameRules() {}

    /** Same normalised name in the same city: the plain case, about four rows in five. */
    static Optional<NameMatch> nameCity(JoinIndex index, InterviewRateRow row) {
        return index.match(
                row,
                InterviewRateJoin.Rule.NAME_CITY,
                c -> c.nameKey().equals(index.nameKey(row)) && index.sameCity(row, c));
    }

    /**
     * Same normalised name in another city of the state (a sponsor's address against a site's, "La Jolla" and "San
     * Diego"), only when no other row of the specialty and state has that name: a sponsor that names several sites
     * alike ("Campbell University Program" in Elkin and in Lumberton) must be told apart by city.
     */
    static Optional<NameMatch> nameState(JoinIndex index, InterviewRateRow row) {
        if (index.rowsNamedLike(row) > 1) {
            return Optional.empty();
        }
        return index.match(
                row, InterviewRateJoin.Rule.NAME_STATE, c -> c.nameKey().equals(index.nameKey(row)));
    }

    /**
     * The row's name is a name another source gave the program's id (Residency Explorer 2021, FREIDA 2025 use the
     * ACGME names this file uses), in the city of that source or of the catalog.
     */
    static Optional<NameMatch> otherNameOfIdCity(JoinIndex index, InterviewRateRow row) {
        return index.match(
                row,
                InterviewRateJoin.Rule.OTHER_NAME_OF_ID_CITY,
                c -> c.aliases().stream()
                        .anyMatch(a -> a.nameKey().equals(index.nameKey(row))
                                && (a.cityKey().equals(index.cityKey(row)) || index.sameCity(row, c))));
    }

    /** As {@link #otherNameOfIdCity} in another city of the state, with the same one-row-per-name condition as {@link #nameState}. */
    static Optional<NameMatch> otherNameOfIdState(JoinIndex index, InterviewRateRow row) {
        if (index.rowsNamedLike(row) > 1) {
            return Optional.empty();
        }
        return index.match(
                row,
                InterviewRateJoin.Rule.OTHER_NAME_OF_ID_STATE,
                c -> c.aliases().stream().anyMatch(a -> a.nameKey().equals(index.nameKey(row))));
    }

    /**
     * The names agree once a parenthesised site naming the row's city is dropped from one of them: "NYU Grossman
     * School of Medicine" in Brooklyn and "NYU Grossman School of Medicine (Brooklyn)". Any other difference in
     * parentheses names another site ("(Madras)" against none in Portland, "(Caldwell)" against "(Boise)") and does
     * not match. Two programs left in one city join neither.
     */
    static Optional<NameMatch> nameWithoutSiteCity(JoinIndex index, InterviewRateRow row) {
        String key = ProgramNameTokens.keyWithoutParentheses(row.programName());
        Set<String> sites = ProgramNameTokens.parenthesisedKeys(row.programName());
        return index.match(
                row,
                InterviewRateJoin.Rule.NAME_WITHOUT_SITE_CITY,
                c -> c.keyWithoutParentheses().equals(key)
                        && index.sameCity(row, c)
                        && onlyTheCityDiffers(sites, c.parenthesised(), index.cityKey(row)));
    }

    private static boolean onlyTheCityDiffers(Set<String> rowSites, Set<String> programSites, String cityKey) {
        Set<String> differing = new HashSet<>(rowSites);
        differing.addAll(programSites);
        Set<String> shared = new HashSet<>(rowSites);
        shared.retainAll(programSites);
        differing.removeAll(shared);
        return differing.isEmpty() || differing.equals(Set.of(cityKey));
    }

    /** A hand-checked sponsor rename of the state ({@link SameSponsor}) makes the names equal, or one phrase apart, in the same city. */
    static Optional<NameMatch> sameSponsorRenamed(JoinIndex index, InterviewRateRow row) {
        ProgramNameTokens name = ProgramNameTokens.of(row.programName());
        List<ProgramNameTokens> renamed = index.sameSponsors(row.state()).stream()
                .flatMap(
                        s -> name
                                .replacing(
                                        ProgramNameTokens.of(s.rateFileName()), ProgramNameTokens.of(s.catalogName()))
                                .stream())
                .toList();
        return index.match(
                row,
                InterviewRateJoin.Rule.SAME_SPONSOR_RENAMED_CITY,
                c -> index.sameCity(row, c)
                        && renamed.stream()
                                .anyMatch(r -> r.key().equals(c.nameKey())
                                        || ProgramNameTokens.differByOnePhrase(r, c.tokens(), c.cityKey())));
    }

    /** The names differ by one added phrase ({@link ProgramNameTokens#differByOnePhrase}), in the same city. */
    static Optional<NameMatch> oneExtraPhrase(JoinIndex index, InterviewRateRow row) {
        ProgramNameTokens name = ProgramNameTokens.of(row.programName());
        return index.match(
                row,
                InterviewRateJoin.Rule.ONE_EXTRA_PHRASE_CITY,
                c -> index.sameCity(row, c) && ProgramNameTokens.differByOnePhrase(name, c.tokens(), c.cityKey()));
    }
}
