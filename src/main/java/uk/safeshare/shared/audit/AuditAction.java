package uk.safeshare.shared.audit;

/**
 * The kinds of processing the Data Protection Act 2018, Part 3, s.62 requires to be logged, plus
 * the security events that decide who may process (break-glass access and account changes).
 * {@link #SECURITY_EVENT} is its own kind so auditors can filter sign-ins, failures, throttling,
 * token use and role changes apart from the processing of personal data.
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
    ACCOUNT_CHANGE,
    SECURITY_EVENT
}
