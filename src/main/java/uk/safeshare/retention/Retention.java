package uk.safeshare.retention;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** What the DPO's team does with retention, and what the rights module needs from it. Only the DPO may call it. */
public interface Retention {

    RetentionSchedule schedule();

    List<RetentionSchedule> scheduleVersions();

    RetentionSchedule setSchedule(Map<RecordGroup, Integer> years, String reason);

    /** Records whose review is due on or before {@code asOf}, oldest first (every case and person has a date). */
    List<ReviewItem> dueForReview(LocalDate asOf);

    ReviewItem review(UUID recordId);

    ReviewItem retain(UUID recordId, String reason, LocalDate nextReviewOn);

    /** What a disposal of these records would remove, table by table; nothing is changed. */
    List<DisposalPreview> preview(List<UUID> recordIds);

    /** Removes the personal data of these records everywhere, destroys their audit keys, and audits it. */
    List<DisposalPreview> dispose(List<UUID> recordIds, String reason, boolean onlyWhenDue);

    enum RecordType { CASE, PERSON }

    record ReviewItem(UUID recordId, RecordType type, UUID caseId, String caseReference, String personName, String role,
                      RecordGroup group, LocalDate nextReviewOn, LocalDate heldByDisclosureUntil, int scheduleVersion,
                      String decidedBy, String reason) {
    }

    record DisposalPreview(UUID recordId, RecordType type, String caseReference, String personName,
                           Map<String, Integer> rowsByTable) {
        public int total() {
            return rowsByTable.values().stream().mapToInt(Integer::intValue).sum();
        }
    }
}
