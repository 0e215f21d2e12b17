package org.smartpick.app.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A program or sponsor name as comparable words: lower case, punctuation dropped, common abbreviations spelled out
 * ("Univ", "Hosp", "Ctr", "GME", "&"), "Saint" read as "St", a leading "The" and a trailing "Program" or "Residency
 * Program" dropped. Each word remembers whether it starts a segment of the name (after "/", " - ", "(", ")" or ","),
 * because sponsors name their sites in such segments: "HCA Florida Healthcare/USF ... GME - Tampa South/Brandon Hospital".
 */
record ProgramNameTokens(List<Token> tokens) {
    /**
     * One word of a name; {@code startsSegment} is true for the first word and for words after a separator,
     * {@code parenthesised} for words inside parentheses, which usually name a site or track.
     */
    record Token(String text, boolean startsSegment, boolean parenthesised) {}

    private static final Map<String, List<String>> SPELLED_OUT = Map.ofEntries(
            Map.entry("univ", List.of("university")),
            Map.entry("hosp", List.of("hospital")),
            Map.entry("ctr", List.of("center")),
            Map.entry("cntr", List.of("center")),
            Map.entry("centre", List.of("center")),
            Map.entry("med", List.of("medical")),
            Map.entry("hlth", List.of("health")),
            Map.entry("saint", List.of("st")),
            Map.entry("mt", List.of("mount")),
            Map.entry("ft", List.of("fort")),
            Map.entry("sch", List.of("school")),
            Map.entry("coll", List.of("college")),
            Map.entry("natl", List.of("national")),
            Map.entry("inst", List.of("institute")),
            Map.entry("mem", List.of("memorial")),
            Map.entry("reg", List.of("regional")),
            Map.entry("gme", List.of("graduate", "medical", "education")));
    /** Words that name no institution by themselves; a name made only of these cannot be matched by a phrase rule. */
    private static final Set<String> GENERIC = Set.of(
            "university",
            "of",
            "medical",
            "center",
            "centers",
            "hospital",
            "hospitals",
            "health",
            "healthcare",
            "system",
            "systems",
            "college",
            "medicine",
            "school",
            "graduate",
            "education",
            "and",
            "the",
            "at",
            "for",
            "in",
            "regional",
            "community",
            "consortium",
            "inc",
            "st",
            "general",
            "network",
            "memorial",
            "clinic",
            "clinics",
            "institute",
            "sciences",
            "science",
            "services",
            "care",
            "foundation",
            "campus",
            "affiliated",
            "county",
            "program",
            "residency");
    /** Words that tie a leading phrase to what follows ("Pennsylvania Hospital of the University of ..."). */
    private static final Set<String> LINKING = Set.of("of", "the", "at", "for", "and", "in");

    private static final Set<String> SEPARATORS = Set.of("|", "(", ")");
    private static final Pattern WORD_OR_SEPARATOR = Pattern.compile("[|()]|[a-z0-9]+");

    ProgramNameTokens {
        tokens = List.copyOf(tokens);
    }

    static ProgramNameTokens of(String name) {
        String text = name.toLowerCase(Locale.ROOT)
                .replace("&", " and ")
                .replaceAll("['\u2019]", "")
                .replaceAll("\\s+-\\s+|[/,;:]", " | ")
                .replace("(", " ( ")
                .replace(")", " ) ");
        List<Token> tokens = new ArrayList<>();
        boolean segmentStart = true;
        int depth = 0;
        Matcher words = WORD_OR_SEPARATOR.matcher(text);
        while (words.find()) {
            String word = words.group();
            if (word.equals("(") || word.equals(")")) {
                depth = Math.max(0, depth + (word.equals("(") ? 1 : -1));
            }
            if (SEPARATORS.contains(word)) {
                segmentStart = true;
                continue;
            }
            for (String spelled : SPELLED_OUT.getOrDefault(word, List.of(word))) {
                tokens.add(new Token(spelled, segmentStart, depth > 0));
                segmentStart = false;
            }
        }
        return new ProgramNameTokens(trimmed(tokens));
    }

    /** Drops a leading "the" and trailing "program"/"residency" words, which sources add or leave out at will. */
    private static List<Token> trimmed(List<Token> tokens) {
        int from = !tokens.isEmpty() && tokens.get(0).text().equals("the") ? 1 : 0;
        int to = tokens.size();
        while (to > from
                && (tokens.get(to - 1).text().equals("program")
                        || tokens.get(to - 1).text().equals("residency"))) {
            to--;
        }
        List<Token> kept = new ArrayList<>(tokens.subList(from, to));
        if (!kept.isEmpty() && !kept.get(0).startsSegment()) {
            kept.set(0, new Token(kept.get(0).text(), true, kept.get(0).parenthesised()));
        }
        return kept;
    }

    /** The comparison key: the words run together, so "Winston-Salem" and "Winston Salem" compare equal. */
    String key() {
        return tokens.stream().map(Token::text).collect(Collectors.joining());
    }

    /** The key of the name without parenthesised parts, e.g. "NYU Grossman School of Medicine (Brooklyn)" without "(Brooklyn)". */
    static String keyWithoutParentheses(String name) {
        return of(name.replaceAll("\\([^)]*\\)+", " ")).key();
    }

    /** The keys of the parenthesised parts of a name, e.g. {"brooklyn"} for "NYU Grossman School of Medicine (Brooklyn)". */
    static Set<String> parenthesisedKeys(String name) {
        Matcher parts = Pattern.compile("\\(([^)]*)\\)").matcher(name);
        Set<String> keys = new HashSet<>();
        while (parts.find()) {
            keys.add(of(parts.group(1)).key());
        }
        return Set.copyOf(keys);
    }

    /**
     * A city key: as {@link #key()}, after dropping a trailing ", NY" that repeats the state ("Danville, PA"), so
     * "St. Louis", "Saint Louis" and "St Louis" compare equal.
     */
    static String cityKey(String city, String state) {
        String trimmed = city.trim().replaceAll("(?i),\\s*" + Pattern.quote(state) + "$", "");
        return of(trimmed).key();
    }

    List<String> words() {
        return tokens.stream().map(Token::text).toList();
    }

    boolean hasDistinctiveWord() {
        return tokens.stream().anyMatch(t -> !GENERIC.contains(t.text()));
    }

    /**
     * True when one name is the other with one phrase added: at its start ("Atrium Health Floyd Medical Center" and
     * "Floyd Medical Center"), at its end ("University of Michigan" and "University of Michigan Health System") or as
     * a whole segment inside ("... GME Brandon Hospital" and "... GME - Tampa South/Brandon Hospital"). The shorter
     * name needs two words and one that is not generic. A leading phrase ending in a linking word ("Pennsylvania
     * Hospital of the University of Pennsylvania Health System") names a part of the other institution, and words in
     * parentheses name a site or track ("(National)"), unless they are the city itself ("(Hanford)" in Hanford).
     */
    static boolean differByOnePhrase(ProgramNameTokens a, ProgramNameTokens b, String cityKey) {
        boolean aIsShorter = a.tokens.size() <= b.tokens.size();
        ProgramNameTokens shorter = aIsShorter ? a : b;
        ProgramNameTokens longer = aIsShorter ? b : a;
        int extra = longer.tokens.size() - shorter.tokens.size();
        if (extra == 0 || shorter.tokens.size() < 2 || !shorter.hasDistinctiveWord()) {
            return false;
        }
        List<String> inner = shorter.words();
        List<String> outer = longer.words();
        for (int at = 0; at <= inner.size(); at++) {
            boolean fits = outer.subList(0, at).equals(inner.subList(0, at))
                    && outer.subList(at + extra, outer.size()).equals(inner.subList(at, inner.size()));
            if (fits
                    && phraseMayBeAddedAt(longer, at, extra)
                    && !namesAnotherSite(longer.tokens.subList(at, at + extra), cityKey)) {
                return true;
            }
        }
        return false;
    }

    private static boolean phraseMayBeAddedAt(ProgramNameTokens longer, int at, int length) {
        if (at == 0) {
            return !LINKING.contains(longer.tokens.get(length - 1).text());
        }
        if (at + length == longer.tokens.size()) {
            return true;
        }
        return longer.tokens.get(at).startsSegment()
                && longer.tokens.get(at + length).startsSegment();
    }

    /** True when the phrase has words in parentheses other than the city's ("(National)"; "(Miami)" in Miami is the city). */
    private static boolean namesAnotherSite(List<Token> phrase, String cityKey) {
        String parenthesised =
                phrase.stream().filter(Token::parenthesised).map(Token::text).collect(Collectors.joining());
        return !parenthesised.isEmpty() && !parenthesised.equals(cityKey);
    }

    /** This name with the words of {@code former} replaced by those of {@code current}, if it contains them. */
    Optional<ProgramNameTokens> replacing(ProgramNameTokens former, ProgramNameTokens current) {
        List<String> words = words();
        int at = Collections.indexOfSubList(words, former.words());
        if (at < 0 || former.tokens.isEmpty()) {
            return Optional.empty();
        }
        List<Token> replaced = new ArrayList<>(tokens.subList(0, at));
        for (int i = 0; i < current.tokens.size(); i++) {
            boolean start = i == 0
                    ? tokens.get(at).startsSegment()
                    : current.tokens.get(i).startsSegment();
            replaced.add(new Token(
                    current.tokens.get(i).text(), start, tokens.get(at).parenthesised()));
        }
        replaced.addAll(tokens.subList(at + former.tokens.size(), tokens.size()));
        return Optional.of(new ProgramNameTokens(replaced));
    }
}
