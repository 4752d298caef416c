-- SafeShare foundation schema. One portable set for H2 (PostgreSQL mode) and PostgreSQL: only
-- types both understand (UUID, VARCHAR, TEXT, BOOLEAN, INTEGER, BIGINT, DATE, TIMESTAMP WITH TIME ZONE).
-- Every column is classified in db/personal-data.csv; PersonalDataClassificationTest enforces it.

CREATE TABLE organisation (
    id          UUID PRIMARY KEY,
    name        VARCHAR(200) NOT NULL UNIQUE,
    kind        VARCHAR(30)  NOT NULL,
    active      BOOLEAN      NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       NOT NULL
);

CREATE TABLE team (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    name            VARCHAR(200) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL,
    CONSTRAINT team_name_unique UNIQUE (organisation_id, name)
);

CREATE TABLE user_account (
    id              UUID PRIMARY KEY,
    username        VARCHAR(100) NOT NULL UNIQUE,
    display_name    VARCHAR(200) NOT NULL,
    email           VARCHAR(254),
    password_hash   VARCHAR(255),
    service_account BOOLEAN NOT NULL,
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    team_id         UUID REFERENCES team (id),
    enabled         BOOLEAN NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL
);

CREATE TABLE user_role (
    user_account UUID NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role         VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_account, role)
);

CREATE TABLE api_token (
    id          UUID PRIMARY KEY,
    user_id     UUID NOT NULL REFERENCES user_account (id),
    token_hash  VARCHAR(64) NOT NULL UNIQUE,
    label       VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at  TIMESTAMP WITH TIME ZONE,
    version     BIGINT NOT NULL
);
CREATE INDEX api_token_user ON api_token (user_id);

CREATE TABLE sign_in_throttle (
    username_key     VARCHAR(100) PRIMARY KEY,
    failures         INTEGER NOT NULL,
    first_failure_at TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until     TIMESTAMP WITH TIME ZONE
);

CREATE SEQUENCE case_reference_seq START WITH 1001;

CREATE TABLE case_file (
    id          UUID PRIMARY KEY,
    reference   VARCHAR(30) NOT NULL UNIQUE,
    team_id     UUID NOT NULL REFERENCES team (id),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    area        VARCHAR(200) NOT NULL,
    summary     TEXT NOT NULL,
    created_by  VARCHAR(100) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT NOT NULL
);
CREATE INDEX case_file_team ON case_file (team_id, occurred_at);

CREATE TABLE case_crime_type (
    case_file  UUID NOT NULL REFERENCES case_file (id) ON DELETE CASCADE,
    crime_type VARCHAR(40) NOT NULL,
    PRIMARY KEY (case_file, crime_type)
);

CREATE TABLE case_person (
    id                    UUID PRIMARY KEY,
    case_id               UUID NOT NULL REFERENCES case_file (id),
    role                  VARCHAR(30) NOT NULL,
    given_name            VARCHAR(100) NOT NULL,
    family_name           VARCHAR(100) NOT NULL,
    date_of_birth         DATE,
    status_basis          TEXT NOT NULL,
    status_evidence       TEXT,
    ethnicity_self        TEXT,
    ethnicity_observed    TEXT,
    nationality           TEXT,
    language              VARCHAR(3),
    interpreter_needed    BOOLEAN NOT NULL,
    safe_contact_method   VARCHAR(40) NOT NULL,
    safe_contact_details  TEXT,
    vulnerabilities       TEXT,
    created_by            VARCHAR(100) NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT NOT NULL
);
CREATE INDEX case_person_case ON case_person (case_id);

-- Every version of a case or person record as it was, encrypted, so nothing is lost by an edit.
CREATE TABLE record_history (
    id           UUID PRIMARY KEY,
    record_type  VARCHAR(20) NOT NULL,
    record_id    UUID NOT NULL,
    case_id      UUID NOT NULL,
    version      BIGINT NOT NULL,
    changed_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by   VARCHAR(100) NOT NULL,
    change_kind  VARCHAR(20) NOT NULL,
    snapshot     TEXT NOT NULL,
    CONSTRAINT record_history_unique UNIQUE (record_type, record_id, version)
);
CREATE INDEX record_history_record ON record_history (record_id, version);

CREATE TABLE break_glass (
    id          UUID PRIMARY KEY,
    user_id     UUID NOT NULL REFERENCES user_account (id),
    username    VARCHAR(100) NOT NULL,
    case_id     UUID NOT NULL REFERENCES case_file (id),
    team_id     UUID NOT NULL REFERENCES team (id),
    reason      TEXT NOT NULL,
    granted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX break_glass_user_case ON break_glass (user_id, case_id, expires_at);
CREATE INDEX break_glass_granted ON break_glass (granted_at);

-- The audit log: append-only, hash-chained. audit_head holds the chain's tip and is locked
-- (SELECT ... FOR UPDATE) by every append, which orders appends across all instances (ADR 0002).
CREATE TABLE audit_entry (
    seq           BIGINT PRIMARY KEY,
    occurred_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    actor         VARCHAR(100) NOT NULL,
    action        VARCHAR(30) NOT NULL,
    case_id       UUID,
    person_ids    TEXT NOT NULL,
    justification TEXT,
    recipient     VARCHAR(200),
    request_id    VARCHAR(64) NOT NULL,
    details       TEXT,
    prev_hash     VARCHAR(64) NOT NULL,
    entry_hash    VARCHAR(64) NOT NULL
);
CREATE INDEX audit_entry_case ON audit_entry (case_id);
CREATE INDEX audit_entry_actor ON audit_entry (actor);
CREATE INDEX audit_entry_time ON audit_entry (occurred_at);

CREATE TABLE audit_entry_person (
    seq       BIGINT NOT NULL REFERENCES audit_entry (seq),
    person_id UUID NOT NULL,
    PRIMARY KEY (seq, person_id)
);
CREATE INDEX audit_entry_person_person ON audit_entry_person (person_id);

CREATE TABLE audit_head (
    id        INTEGER PRIMARY KEY,
    last_seq  BIGINT NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Web sessions live in the database so that any instance can serve any request (Spring Session).
CREATE TABLE spring_session (
    primary_id            CHAR(36) NOT NULL,
    session_id            CHAR(36) NOT NULL,
    creation_time         BIGINT NOT NULL,
    last_access_time      BIGINT NOT NULL,
    max_inactive_interval INTEGER NOT NULL,
    expiry_time           BIGINT NOT NULL,
    principal_name        VARCHAR(100),
    CONSTRAINT spring_session_pk PRIMARY KEY (primary_id)
);
CREATE UNIQUE INDEX spring_session_ix1 ON spring_session (session_id);
CREATE INDEX spring_session_ix2 ON spring_session (expiry_time);
CREATE INDEX spring_session_ix3 ON spring_session (principal_name);

CREATE TABLE spring_session_attributes (
    session_primary_id CHAR(36) NOT NULL,
    attribute_name     VARCHAR(200) NOT NULL,
    attribute_bytes    BYTEA NOT NULL,
    CONSTRAINT spring_session_attributes_pk PRIMARY KEY (session_primary_id, attribute_name),
    CONSTRAINT spring_session_attributes_fk FOREIGN KEY (session_primary_id) REFERENCES spring_session (primary_id) ON DELETE CASCADE
);
