package uk.safeshare.shared.audit;

/**
 * The kinds of processing the Data Protection Act 2018, Part 3, s.62 requires to be logged, plus
 * the security events that decide who may process (break-glass access and account changes).
 */
public enum AuditAction {
    COLLECTION,
    ALTERATION,
    CONSULTATION,
    DISCLOSURE,
    COMBINATION,
    ERASURE,
    BREAK_GLASS,
    ACCESS_DENIED,
    ACCOUNT_CHANGE
}
