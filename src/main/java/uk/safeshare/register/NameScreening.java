package uk.safeshare.register;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Whether a typed organisation name names immigration enforcement or another part of the Home
 * Office. Plain Java, no Spring: the firewall, MARAC and pathways screen with it, and the register
 * adds the names and aliases of every immigration-enforcement organisation it holds to the names
 * below.
 *
 * <p>Names are compared after {@link #normalise}: case, accents, punctuation, spacing and a leading
 * or inner "the" do not matter. A typed name matches a known name when they are the same with the
 * spaces taken out ("Home-Office", "HomeOffice"), when it contains the known name word for word
 * ("Home Office Immigration Enforcement North West" contains "Home Office"), or when it is, or
 * contains as a word, the known name's acronym ("HOIE", "H.O.I.E. team"). Single words and acronyms
 * shorter than four letters must match the whole name, so that "ICE skating club" is not immigration
 * enforcement; and two-word names must match as a sequence, so that "Home Start" is not the Home Office.
 */
public final class NameScreening {

    /** The Home Office and its parts, as people write them; the register's own entries add to these. */
    public static final List<String> HOME_OFFICE_NAMES = List.of(
            "Home Office", "Home Office Immigration Enforcement", "Immigration Enforcement",
            "Immigration Compliance and Enforcement", "UK Visas and Immigration", "UKVI", "Border Force",
            "UK Border Agency", "UKBA", "Border Agency", "HM Passport Office", "Her Majesty's Passport Office",
            "Immigration Officer", "Immigration Control", "Immigration Removal", "Immigration Compliance",
            "HOIE");

    private static final Set<String> SMALL_WORDS = Set.of("and", "of", "for", "in", "on", "at", "to");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("['’‘`.]");
    private static final Pattern SEPARATORS = Pattern.compile("[^\\p{L}\\p{N}]+");

    private NameScreening() {
    }

    /**
     * The name as screening compares it: no accents, lower case, "&amp;" as "and", apostrophes and
     * full stops dropped (so "Women's" is "womens" and "U.K." is "uk"), other punctuation as spaces,
     * "the" left out, single spaces.
     */
    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String s = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
        s = DROPPED.matcher(s.toLowerCase(Locale.ROOT).replace("&", " and ")).replaceAll("");
        List<String> words = new ArrayList<>();
        for (String word : SEPARATORS.split(s)) {
            if (!word.isEmpty() && !word.equals("the")) {
                words.add(word);
            }
        }
        return String.join(" ", words);
    }

    /** The initials of a name's words, small words ("and", "of") left out; "" for a name of one word. */
    static String acronym(String normalised) {
        String[] words = normalised.split(" ");
        if (words.length < 2) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String word : words) {
            if (!SMALL_WORDS.contains(word)) {
                out.append(word.charAt(0));
            }
        }
        return out.toString();
    }

    /** Whether the typed name is, contains or abbreviates the known name. */
    public static boolean matches(String typed, String known) {
        return Name.of(typed).matches(Name.of(known));
    }

    /** The first known name the typed name matches, if any. */
    public static Optional<String> firstMatch(String typed, Collection<String> known) {
        Name t = Name.of(typed);
        return known.stream().filter(k -> t.matches(prepared(k))).findFirst();
    }

    /** A name in the forms screening compares, worked out once. */
    private record Name(String original, String normalised, String compact, List<String> words, String acronym) {

        static Name of(String name) {
            String n = normalise(name);
            return new Name(name, n, n.replace(" ", ""), n.isEmpty() ? List.of() : Arrays.asList(n.split(" ")),
                    NameScreening.acronym(n));
        }

        /** This name, typed, against a known one. */
        boolean matches(Name known) {
            if (normalised.isEmpty() || known.normalised.isEmpty()) {
                return false;
            }
            if (compact.equals(known.compact)) {
                return true;
            }
            boolean knownIsOneWord = known.words.size() == 1;
            if (!knownIsOneWord && (" " + normalised + " ").contains(" " + known.normalised + " ")) {
                return true;
            }
            if (knownIsOneWord && known.normalised.length() >= 4 && words.contains(known.normalised)) {
                return true;
            }
            String a = known.acronym;
            return a.length() >= 3 && (compact.equals(a) || a.length() >= 4 && words.contains(a));
        }
    }

    private static final List<Name> BUILT_IN = HOME_OFFICE_NAMES.stream().map(Name::of).toList();
    private static final Map<String, Name> BUILT_IN_BY_NAME = BUILT_IN.stream()
            .collect(java.util.stream.Collectors.toUnmodifiableMap(Name::original, n -> n));

    /** The built-in names are worked out once; the register's own are few. */
    private static Name prepared(String known) {
        Name n = BUILT_IN_BY_NAME.get(known);
        return n != null ? n : Name.of(known);
    }

    /** Whether the text names immigration enforcement or another part of the Home Office, on the built-in names alone. */
    public static boolean namesHomeOffice(String text) {
        Name t = Name.of(text);
        return BUILT_IN.stream().anyMatch(t::matches);
    }
}
