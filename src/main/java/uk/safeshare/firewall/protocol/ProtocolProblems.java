package uk.safeshare.firewall.protocol;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * How the parser words a problem in a protocol file: each names where it is and, for a misspelt key, the key
 * that was probably meant, so that whoever edits the file can fix every problem in one pass.
 */
final class ProtocolProblems {

    private ProtocolProblems() {
    }

    static String text(Map<?, ?> map, String key, String path, List<String> problems) {
        Object value = map.get(key);
        if (value == null) {
            problems.add(path + ": missing; give some text.");
            return null;
        }
        if (!(value instanceof String s) || s.isBlank()) {
            problems.add(path + ": must be text, not " + ValueType.show(value) + ".");
            return null;
        }
        return s.strip();
    }

    static void unknownKeys(Map<?, ?> map, List<String> known, String path, String kind, List<String> problems) {
        for (Object key : map.keySet()) {
            String name = String.valueOf(key);
            if (!known.contains(name)) {
                problems.add(path + name + ": unknown " + kind + suggestion(name, known)
                        + (known.isEmpty() ? "." : "; expected " + String.join(", ", known) + "."));
            }
        }
    }

    static String names(List<ParameterSpec> specs) {
        return specs.stream().map(ParameterSpec::name).collect(Collectors.joining(", "));
    }

    /** " (did you mean x?)" when a known name is within a couple of edits of the unknown one. */
    static String suggestion(String unknown, List<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            int distance = distance(unknown.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT));
            if (distance < bestDistance) {
                bestDistance = distance;
                best = candidate;
            }
        }
        return best != null && bestDistance <= Math.max(2, unknown.length() / 5) ? " (did you mean " + best + "?)" : "";
    }

    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
