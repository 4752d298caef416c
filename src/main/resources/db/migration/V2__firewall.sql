-- The firewall: published protocol versions, drafts and their replays, sharing requests with the
-- decision each got, the reviews and disclosures that follow, and the obligations owed.
-- Portable SQL for H2 (PostgreSQL mode) and PostgreSQL, like V1. Every column is classified in
-- db/personal-data.csv. No foreign keys into other modules' tables: cases may be erased under
-- retention rules while the record of what was shared about them is kept (ADR 0005).

-- A published protocol version is never changed or deleted. The highest seq is in force.
CREATE TABLE protocol_version (
    id            VARCHAR(100) PRIMARY KEY,
    content_hash  VARCHAR(80)  NOT NULL UNIQUE,
    seq           INTEGER      NOT NULL UNIQUE,
    title         TEXT         NOT NULL,
    summary       TEXT         NOT NULL,
    content       TEXT         NOT NULL,
    published_by  VARCHAR(100) NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- A draft is stored only once its file has passed every check.
CREATE TABLE protocol_draft (
    id            UUID PRIMARY KEY,
    protocol_id   VARCHAR(100) NOT NULL,
    content_hash  VARCHAR(80)  NOT NULL,
    title         TEXT         NOT NULL,
    content       TEXT         NOT NULL,
    based_on      VARCHAR(100) NOT NULL,
    created_by    VARCHAR(100) NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    published_at  TIMESTAMP WITH TIME ZONE
);

-- A replay of a draft against past requests. Progress is kept here so that any instance can show it.
CREATE TABLE protocol_replay (
    id              UUID PRIMARY KEY,
    draft_id        UUID NOT NULL REFERENCES protocol_draft (id),
    requested_by    VARCHAR(100) NOT NULL,
    requested_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    from_date       DATE,
    to_date         DATE,
    status          VARCHAR(20) NOT NULL,
    done            INTEGER NOT NULL,
    total           INTEGER NOT NULL,
    changed         INTEGER NOT NULL,
    outcome_changes INTEGER NOT NULL,
    result          TEXT,
    finished_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX protocol_replay_draft ON protocol_replay (draft_id, requested_at);

CREATE TABLE sharing_request (
    id                      UUID PRIMARY KEY,
    case_id                 UUID NOT NULL,
    person_id               UUID NOT NULL,
    team_id                 UUID NOT NULL,
    case_reference          VARCHAR(30)  NOT NULL,
    requested_by            VARCHAR(100) NOT NULL,
    requested_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    recipient               VARCHAR(40)  NOT NULL,
    recipient_name          VARCHAR(200),
    purpose                 VARCHAR(40)  NOT NULL,
    immigration_enforcement BOOLEAN      NOT NULL,
    facts                   TEXT         NOT NULL,
    outcome                 VARCHAR(30)  NOT NULL,
    reviewer                VARCHAR(30),
    emergency               BOOLEAN      NOT NULL,
    decision                TEXT         NOT NULL,
    protocol_id             VARCHAR(100) NOT NULL REFERENCES protocol_version (id),
    protocol_hash           VARCHAR(80)  NOT NULL,
    status                  VARCHAR(30)  NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sharing_request_person ON sharing_request (person_id, requested_at);
CREATE INDEX sharing_request_status ON sharing_request (status, team_id);
CREATE INDEX sharing_request_time ON sharing_request (requested_at);

-- Every obligation a decision created, and who met it. An obligation of kind ACTION is owed
-- whatever the decision; one of kind DISCLOSURE only if the information is shared.
CREATE TABLE sharing_obligation (
    request_id  UUID NOT NULL REFERENCES sharing_request (id),
    obligation  VARCHAR(40) NOT NULL,
    kind        VARCHAR(20) NOT NULL,
    status      VARCHAR(20) NOT NULL,
    met_by      VARCHAR(100),
    met_at      TIMESTAMP WITH TIME ZONE,
    note        TEXT,
    PRIMARY KEY (request_id, obligation)
);

-- A review before sharing (PRIOR) or after an emergency disclosure (RETROSPECTIVE), in the
-- capacity of supervisor or data protection officer. One of each capacity and kind per request.
CREATE TABLE sharing_review (
    id           UUID PRIMARY KEY,
    request_id   UUID NOT NULL REFERENCES sharing_request (id),
    kind         VARCHAR(20)  NOT NULL,
    capacity     VARCHAR(20)  NOT NULL,
    reviewed_by  VARCHAR(100) NOT NULL,
    reviewed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    verdict      VARCHAR(20)  NOT NULL,
    reasons      TEXT         NOT NULL,
    CONSTRAINT sharing_review_once UNIQUE (request_id, kind, capacity)
);

-- What was actually disclosed, when, by whom, on what lawful basis, and when the record is reviewed.
CREATE TABLE sharing_disclosure (
    request_id          UUID PRIMARY KEY REFERENCES sharing_request (id),
    disclosed_by        VARCHAR(100) NOT NULL,
    disclosed_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    lawful_basis        VARCHAR(40)  NOT NULL,
    data_categories     VARCHAR(400) NOT NULL,
    retention_review_on DATE         NOT NULL
);
