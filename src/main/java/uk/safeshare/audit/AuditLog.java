package uk.safeshare.audit;

import java.util.List;

/** Reading and verifying the audit log (writing happens only through {@code DataProcessed} events). */
public interface AuditLog {

    /** Newest first. */
    Page search(AuditFilter filter, int page, int size);

    Verification verify();

    record Page(List<AuditEntry> entries, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }
    }
}
