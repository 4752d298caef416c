package uk.safeshare.governance.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;
import uk.safeshare.governance.Rag;
import uk.safeshare.governance.TrackerViews.Action;
import uk.safeshare.governance.TrackerViews.Change;
import uk.safeshare.governance.TrackerViews.Evidence;
import uk.safeshare.governance.TrackerViews.Item;

/**
 * A board pack or progress report as frozen: everything it shows, in one JSON document whose
 * SHA-256 is kept beside it. It is rendered (page, PDF, spreadsheet) from this document only, so
 * nothing that changes later in the tracker or the other modules can change what it says.
 */
final class Documents {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private Documents() {
    }

    enum Kind { PACK, REPORT }

    /**
     * @param asOf     the day the tracker is shown as of (reports), or the day the pack was made
     * @param since    for a pack, when the previous pack was issued (null for the first)
     * @param changes  for a pack, the changes since the previous one, newest first
     * @param meetings for a pack, the meetings recorded since the previous one
     */
    record Document(Kind kind, String title, LocalDate asOf, Instant generatedAt, String generatedBy, List<Item> items,
                    Map<String, List<Evidence>> evidence, Instant since, List<Change> changes, List<String> meetings) {

        public List<Action> overdueActions() {
            return items.stream().flatMap(i -> i.actions().stream()).filter(Action::overdue).toList();
        }

        public List<StatusCount> statusCounts() {
            return java.util.Arrays.stream(Rag.values()).map(r -> new StatusCount(r.label(), count(r))).toList();
        }

        public long count(Rag rag) {
            return items.stream().filter(i -> i.rag() == rag).count();
        }

        public List<Evidence> evidenceFor(String code) {
            return evidence.getOrDefault(code, List.of());
        }

        public Item item(String code) {
            return items.stream().filter(i -> i.code().equals(code)).findFirst().orElse(null);
        }
    }

    record StatusCount(String label, long items) {
    }

    /** A frozen document as stored. */
    record Frozen(java.util.UUID id, Document document, String content, String sha256, boolean intact) {
    }

    static String write(Document d) {
        return JSON.writeValueAsString(d);
    }

    static Document read(String content) {
        return JSON.readValue(content, Document.class);
    }

    static String sha256(String content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
