package uk.safeshare.monitoring.internal;

/** What the counts are kept by. Each request is counted once in every dimension (checks only in CHECK_ROLE's). */
enum Dimension {
    ROLE,
    STATUS_BASIS,
    ETHNICITY_SELF_DEFINED,
    ETHNICITY_OBSERVED,
    NATIONALITY,
    CRIME_TYPE,
    /** Checks of police systems for immigration purposes (purpose IMMIGRATION_STATUS_CHECK), by role. */
    CHECK_ROLE,
    /** Third-party reports received, by crime type (outcome column: RECEIVED). */
    THIRD_PARTY_REPORT;

    static final String NOT_RECORDED = "NOT_RECORDED";
    static final String NOT_KNOWN = "NOT_KNOWN";
    static final String TWO_OR_MORE = "TWO_OR_MORE";
    static final String RECEIVED = "RECEIVED";
}
