package uk.safeshare.shared.pdf;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.DecompositionType;
import com.ibm.icu.lang.UCharacter.JoiningType;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import com.openhtmltopdf.bidi.support.ICUBidiReorderer;
import java.util.HashMap;
import java.util.Map;

/**
 * Joins the letters of Arabic-script text the way the renderer can draw them: each letter is replaced by its
 * contextual presentation form (isolated, final, initial or medial) from Unicode's Arabic Presentation Forms A and B,
 * chosen by the letters' joining types, and lam followed by alef by their ligature. ICU4J's own shaper gives forms to
 * the letters of Arabic only; this one, built from Unicode's data (the forms' compatibility decompositions), also
 * joins the letters Urdu and Farsi add (keheh, gaf, peh, tcheh, Farsi yeh, heh goal...). A letter Unicode gives no
 * presentation forms (several of Pashto's and Sorani's) is drawn unjoined: that needs an OpenType shaping engine.
 * Bidi reordering and the reverse mapping are ICU4J's.
 */
final class ArabicScriptShaping extends ICUBidiReorderer {

    private static final int ISOLATED = 0;
    private static final int FINAL = 1;
    private static final int INITIAL = 2;
    private static final int MEDIAL = 3;
    private static final char LAM = '\u0644';

    /** For each letter, its four forms (0 where Unicode has none); for each alef, its lam-alef ligature's two. */
    private static final Map<Character, char[]> FORMS = new HashMap<>();
    private static final Map<Character, char[]> LAM_ALEF = new HashMap<>();

    static {
        Normalizer2 nfkd = Normalizer2.getNFKDInstance();
        // Presentation Forms B first: where a letter has forms in both blocks, B's are the usual ones.
        for (int[] block : new int[][] {{0xFE70, 0xFEFF}, {0xFB50, 0xFDFF}}) {
            for (int c = block[0]; c <= block[1]; c++) {
                int form = switch (UCharacter.getIntPropertyValue(c, UProperty.DECOMPOSITION_TYPE)) {
                    case DecompositionType.ISOLATED -> ISOLATED;
                    case DecompositionType.FINAL -> FINAL;
                    case DecompositionType.INITIAL -> INITIAL;
                    case DecompositionType.MEDIAL -> MEDIAL;
                    default -> -1;
                };
                String base = form < 0 ? null : nfkd.getRawDecomposition(c);
                if (base == null) {
                    continue;
                }
                if (base.length() == 1) {
                    char[] forms = FORMS.computeIfAbsent(base.charAt(0), b -> new char[4]);
                    if (forms[form] == 0) {
                        forms[form] = (char) c;
                    }
                } else if (base.length() == 2 && base.charAt(0) == LAM && (form == ISOLATED || form == FINAL)
                        && UCharacter.getIntPropertyValue(base.charAt(1), UProperty.JOINING_TYPE) == JoiningType.RIGHT_JOINING) {
                    char[] forms = LAM_ALEF.computeIfAbsent(base.charAt(1), b -> new char[2]);
                    if (forms[form] == 0) {
                        forms[form] = (char) c;
                    }
                }
            }
        }
    }

    @Override
    public String shapeText(String text) {
        StringBuilder shaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            int type = joiningType(c);
            if (type != JoiningType.DUAL_JOINING && type != JoiningType.RIGHT_JOINING) {
                shaped.append(c);
                continue;
            }
            int before = neighbour(text, i, -1);
            int after = neighbour(text, i, +1);
            boolean joinsBefore = before >= 0 && joinsToNext(joiningType(text.charAt(before)));
            if (c == LAM && after == i + 1 && LAM_ALEF.containsKey(text.charAt(after))) {
                char ligature = LAM_ALEF.get(text.charAt(after))[joinsBefore ? FINAL : ISOLATED];
                if (ligature != 0) {
                    shaped.append(ligature);
                    i++;
                    continue;
                }
            }
            boolean joinsAfter = joinsToNext(type) && after >= 0 && joinsToPrevious(joiningType(text.charAt(after)));
            int form = joinsBefore ? (joinsAfter ? MEDIAL : FINAL) : (joinsAfter ? INITIAL : ISOLATED);
            char[] forms = FORMS.get(c);
            shaped.append(forms != null && forms[form] != 0 ? forms[form] : c);
        }
        return shaped.toString();
    }

    private static int joiningType(char c) {
        return UCharacter.getIntPropertyValue(c, UProperty.JOINING_TYPE);
    }

    private static boolean joinsToNext(int type) {
        return type == JoiningType.DUAL_JOINING || type == JoiningType.LEFT_JOINING || type == JoiningType.JOIN_CAUSING;
    }

    private static boolean joinsToPrevious(int type) {
        return type == JoiningType.DUAL_JOINING || type == JoiningType.RIGHT_JOINING || type == JoiningType.JOIN_CAUSING;
    }

    /** The nearest character before (step -1) or after (+1) that is not a transparent mark, or -1. */
    private static int neighbour(String text, int i, int step) {
        for (int j = i + step; j >= 0 && j < text.length(); j += step) {
            if (joiningType(text.charAt(j)) != JoiningType.TRANSPARENT) {
                return j;
            }
        }
        return -1;
    }
}
