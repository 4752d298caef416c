-- Retention and people's rights (issue 11, ADR 0015). Every column is classified in db/personal-data.csv.

-- The retention schedule: review periods by record group, in the manner of the College of Policing's
-- APP on the Management of Police Information. Every change is a new version; none is ever changed.
CREATE TABLE retention_schedule (
    version              INTEGER PRIMARY KEY,
    public_protection    INTEGER NOT NULL,
    serious_offence      INTEGER NOT NULL,
    other_offence        INTEGER NOT NULL,
    victim_witness_only  INTEGER NOT NULL,
    reason               VARCHAR(500) NOT NULL,
    set_by               VARCHAR(100) NOT NULL,
    set_at               TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO retention_schedule (version, public_protection, serious_offence, other_offence, victim_witness_only, reason, set_by, set_at)
VALUES (1, 10, 10, 6, 6, 'Shipped defaults (College of Policing APP, Management of Police Information: review, retention and disposal)',
        'safeshare', CURRENT_TIMESTAMP);

-- Each case and each person on one: the group the schedule puts it in and when it is next reviewed.
-- A row a reviewer decided keeps that decision's date; the others follow the schedule in force.
CREATE TABLE retention_review (
    record_id         UUID PRIMARY KEY,
    record_type       VARCHAR(10) NOT NULL,
    case_id           UUID NOT NULL,
    record_group      VARCHAR(30) NOT NULL,
    next_review_on    DATE NOT NULL,
    held_until        DATE,
    schedule_version  INTEGER NOT NULL,
    decided_by        VARCHAR(100),
    decided_at        TIMESTAMP WITH TIME ZONE,
    reason            TEXT
);
CREATE INDEX retention_review_due ON retention_review (next_review_on);
CREATE INDEX retention_review_case ON retention_review (case_id);

-- What a disposal removed: no name, no detail, only which record (its id no longer leads anywhere),
-- its group, who decided and the count of rows removed from each table.
CREATE TABLE retention_disposal (
    id           UUID PRIMARY KEY,
    record_type  VARCHAR(10) NOT NULL,
    record_id    UUID NOT NULL,
    record_group VARCHAR(30) NOT NULL,
    reason       VARCHAR(500) NOT NULL,
    removed      TEXT NOT NULL,
    disposed_by  VARCHAR(100) NOT NULL,
    disposed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Crypto-shredding of the audit log: one key per person (or per case for entries about a case and
-- no person), wrapped with the field-encryption key and kept apart from the log. Disposal deletes
-- the key; the audit entries encrypted under it stay as stored, so the tree still verifies.
CREATE TABLE audit_subject_key (
    subject_id   UUID PRIMARY KEY,
    wrapped_key  TEXT NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE TABLE audit_subject_shredded (
    subject_id   UUID PRIMARY KEY,
    shredded_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Rights requests (DPA 2018 Part 3, ss.45-47): subject access, rectification, erasure, restriction.
CREATE TABLE rights_request (
    id                 UUID PRIMARY KEY,
    reference          VARCHAR(20) NOT NULL UNIQUE,
    kind               VARCHAR(20) NOT NULL,
    requester          TEXT NOT NULL,
    identity_check     TEXT NOT NULL,
    subject_given_name TEXT NOT NULL,
    subject_family_name TEXT NOT NULL,
    subject_born_on    DATE,
    details            TEXT,
    received_on        DATE NOT NULL,
    due_on             DATE NOT NULL,
    extended_to        DATE,
    extension_reason   TEXT,
    status             VARCHAR(20) NOT NULL,
    decision           VARCHAR(20),
    decision_reason    TEXT,
    decided_by         VARCHAR(100),
    decided_at         TIMESTAMP WITH TIME ZONE,
    completed_at       TIMESTAMP WITH TIME ZONE,
    recorded_by        VARCHAR(100) NOT NULL,
    recorded_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version            BIGINT NOT NULL
);
CREATE SEQUENCE rights_reference_seq START WITH 1001;

-- The person records the DPO's team confirmed are the requester's (found by names and date of birth).
CREATE TABLE rights_request_person (
    request_id UUID NOT NULL REFERENCES rights_request (id),
    person_id  UUID NOT NULL,
    case_id    UUID NOT NULL,
    PRIMARY KEY (request_id, person_id)
);

-- Anything withheld from a subject access bundle under the Act's restrictions (s.45(4)), with the reason kept for the DPO.
CREATE TABLE rights_withholding (
    id          UUID PRIMARY KEY,
    request_id  UUID NOT NULL REFERENCES rights_request (id),
    item        VARCHAR(40) NOT NULL,
    reason      TEXT NOT NULL,
    recorded_by VARCHAR(100) NOT NULL,
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A restriction of processing (s.47(2)): while not lifted the person can be neither shared nor changed.
CREATE TABLE processing_restriction (
    id            UUID PRIMARY KEY,
    person_id     UUID NOT NULL,
    request_id    UUID REFERENCES rights_request (id),
    restricted_by VARCHAR(100) NOT NULL,
    restricted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    lifted_by     VARCHAR(100),
    lifted_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX processing_restriction_person ON processing_restriction (person_id);
