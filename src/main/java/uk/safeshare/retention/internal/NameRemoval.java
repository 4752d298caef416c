package uk.safeshare.retention.internal;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import uk.safeshare.shared.crypto.FieldCipher;

/**
 * When one person is disposed of and their case stays, the case's own free text (its summary, its kept
 * versions, break-glass reasons) may still name them: their names are replaced there, so nothing of them
 * is left in the case the others are still in.
 */
@Component
class NameRemoval {

    static final String REMOVED = "[removed]";

    private final JdbcClient jdbc;
    private final FieldCipher cipher;

    NameRemoval(JdbcClient jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    int removeFromCase(UUID caseId, UUID personId) {
        var name = jdbc.sql("SELECT given_name, family_name FROM case_person WHERE id = ?").param(personId)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).optional();
        if (name.isEmpty()) {
            return 0;
        }
        List<String> others = jdbc.sql("SELECT given_name, family_name FROM case_person WHERE case_id = ? AND id <> ?")
                .params(caseId, personId).query((rs, n) -> rs.getString(1) + "\n" + rs.getString(2)).list();
        List<Pattern> patterns = patterns(name.get(), others);
        int changed = 0;
        String summary = jdbc.sql("SELECT summary FROM case_file WHERE id = ?").param(caseId).query(String.class).single();
        String cleaned = replace(summary, patterns);
        if (!cleaned.equals(summary)) {
            jdbc.sql("UPDATE case_file SET summary = ? WHERE id = ?").params(cleaned, caseId).update();
            changed++;
        }
        for (var row : jdbc.sql("SELECT id, snapshot FROM record_history WHERE case_id = ? AND record_type = 'CASE'").param(caseId)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list()) {
            String plain = cipher.decrypt(row.get(1));
            String redacted = replace(plain, patterns);
            if (!redacted.equals(plain)) {
                jdbc.sql("UPDATE record_history SET snapshot = ? WHERE id = ?").params(cipher.encrypt(redacted), UUID.fromString(row.get(0))).update();
                changed++;
            }
        }
        for (var row : jdbc.sql("SELECT id, reason FROM break_glass WHERE case_id = ?").param(caseId)
                .query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).list()) {
            String redacted = replace(row.get(1), patterns);
            if (!redacted.equals(row.get(1))) {
                jdbc.sql("UPDATE break_glass SET reason = ? WHERE id = ?").params(redacted, UUID.fromString(row.get(0))).update();
                changed++;
            }
        }
        return changed;
    }

    /** The full name, then each part, except a part another person in the case shares (a relative's family name). */
    private static List<Pattern> patterns(List<String> name, List<String> others) {
        java.util.Set<String> shared = new java.util.HashSet<>();
        others.forEach(o -> List.of(o.split("\n")).forEach(part -> shared.add(part.toLowerCase())));
        java.util.List<String> words = new java.util.ArrayList<>();
        words.add(name.get(0) + " " + name.get(1));
        for (String part : name) {
            if (part.length() > 1 && !shared.contains(part.toLowerCase())) {
                words.add(part);
            }
        }
        return words.stream().map(w -> Pattern.compile("(?<![\\p{L}])" + Pattern.quote(w) + "(?![\\p{L}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList();
    }

    private static String replace(String text, List<Pattern> patterns) {
        if (text == null) {
            return null;
        }
        for (Pattern p : patterns) {
            text = p.matcher(text).replaceAll(Matcher.quoteReplacement(REMOVED));
        }
        return text;
    }
}
