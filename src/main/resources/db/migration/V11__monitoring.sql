-- Monitoring and transparency statistics ("Safe to share?" recommendation 7). Portable SQL for H2
-- (PostgreSQL mode) and PostgreSQL.
--
-- monitoring_request: one record per sharing request involving immigration enforcement, consumed
-- from the firewall's events. It holds no name, no person id and no request id: record_key is a
-- keyed hash (HMAC-SHA256, key derived from the force's encryption key) of the request's id, used
-- only to find the record again when a review settles the request. Only the quarter is kept, not
-- the date or time.
CREATE TABLE monitoring_request (
    record_key             VARCHAR(64)  PRIMARY KEY,
    quarter                VARCHAR(7)   NOT NULL,
    outcome                VARCHAR(30)  NOT NULL,
    late_outcome           VARCHAR(30),
    recipient              VARCHAR(40)  NOT NULL,
    purpose                VARCHAR(40)  NOT NULL,
    status_check           BOOLEAN      NOT NULL,
    person_role            VARCHAR(30)  NOT NULL,
    child                  BOOLEAN      NOT NULL,
    crime_types            VARCHAR(200) NOT NULL,
    status_basis           VARCHAR(40)  NOT NULL,
    ethnicity_self_defined VARCHAR(4),
    ethnicity_observed     VARCHAR(4),
    nationality            VARCHAR(2),
    emergency              BOOLEAN      NOT NULL,
    protocol_id            VARCHAR(100)
);
CREATE INDEX monitoring_request_quarter ON monitoring_request (quarter);

-- Counts kept up to date in the transaction that records each event, so that a quarter's tables
-- read only these rows. dimension: ROLE, STATUS_BASIS, ETHNICITY_SELF_DEFINED, ETHNICITY_OBSERVED,
-- NATIONALITY, CRIME_TYPE, CHECK_ROLE (checks for immigration purposes) or THIRD_PARTY_REPORT.
CREATE TABLE monitoring_count (
    quarter   VARCHAR(7)  NOT NULL,
    dimension VARCHAR(30) NOT NULL,
    category  VARCHAR(40) NOT NULL,
    outcome   VARCHAR(30) NOT NULL,
    n         BIGINT      NOT NULL,
    PRIMARY KEY (quarter, dimension, category, outcome)
);

-- Live immigration markers on police systems at the end of each quarter, as analysts record them.
CREATE TABLE monitoring_marker_count (
    quarter      VARCHAR(7)   PRIMARY KEY,
    live_markers BIGINT       NOT NULL,
    recorded_by  VARCHAR(100) NOT NULL,
    recorded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The suppression threshold for quarters not yet published.
CREATE TABLE monitoring_setting (
    id         INTEGER PRIMARY KEY,
    threshold  INTEGER NOT NULL,
    updated_by VARCHAR(100),
    updated_at TIMESTAMP WITH TIME ZONE
);
INSERT INTO monitoring_setting (id, threshold) VALUES (1, 5);

-- A quarter is published once, under one threshold, so that no two versions of its tables exist
-- to be compared.
CREATE TABLE monitoring_release (
    quarter      VARCHAR(7) PRIMARY KEY,
    threshold    INTEGER    NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL
);
