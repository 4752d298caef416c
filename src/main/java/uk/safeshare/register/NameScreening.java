package uk.safeshare.register;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

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
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).replace("&", " and ").replaceAll("['’‘`.]", "");
        List<String> words = new ArrayList<>();
        for (String word : s.split("[^\\p{L}\\p{N}]+")) {
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
        String t = normalise(typed);
        String k = normalise(known);
        if (t.isEmpty() || k.isEmpty()) {
            return false;
        }
        String tCompact = t.replace(" ", "");
        String kCompact = k.replace(" ", "");
        if (tCompact.equals(kCompact)) {
            return true;
        }
        List<String> words = Arrays.asList(t.split(" "));
        if (k.contains(" ") && (" " + t + " ").contains(" " + k + " ")) {
            return true;
        }
        if (!k.contains(" ") && k.length() >= 4 && words.contains(k)) {
            return true;
        }
        String acronym = acronym(k);
        return acronym.length() >= 3 && (tCompact.equals(acronym) || acronym.length() >= 4 && words.contains(acronym));
    }

    /** The first known name the typed name matches, if any. */
    public static Optional<String> firstMatch(String typed, Collection<String> known) {
        return known.stream().filter(k -> matches(typed, k)).findFirst();
    }

    /** Whether the text names immigration enforcement or another part of the Home Office, on the built-in names alone. */
    public static boolean namesHomeOffice(String text) {
        return firstMatch(text, HOME_OFFICE_NAMES).isPresent();
    }
}
