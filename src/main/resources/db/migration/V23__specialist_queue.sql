-- The specialist caseworker's queue. Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.

-- One row per victim or witness who may need a specialist caseworker's help: waiting, held by a caseworker, or closed.
CREATE TABLE specialist_queue_entry (
    person_id     UUID          PRIMARY KEY,
    case_id       UUID          NOT NULL,
    team_id       UUID          NOT NULL,
    state         VARCHAR(20)   NOT NULL,
    held_by       VARCHAR(100),
    held_since    TIMESTAMP WITH TIME ZONE,
    entered_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL DEFAULT 0
);
CREATE INDEX specialist_queue_entry_team ON specialist_queue_entry (team_id, state);
CREATE INDEX specialist_queue_entry_case ON specialist_queue_entry (case_id);

-- Why they are in it: each reason once per person, whatever the number of events saying it.
CREATE TABLE specialist_queue_reason (
    person_id     UUID          NOT NULL,
    reason        VARCHAR(40)   NOT NULL,
    noted_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (person_id, reason)
);

-- Advice a specialist caseworker gave: what (encrypted), on which day, who recorded it and when.
CREATE TABLE specialist_advice (
    id            UUID          PRIMARY KEY,
    person_id     UUID          NOT NULL,
    case_id       UUID          NOT NULL,
    given_on      DATE          NOT NULL,
    advice        VARCHAR(12000) NOT NULL,
    recorded_by   VARCHAR(100)  NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX specialist_advice_person ON specialist_advice (person_id);

-- Cases opened from a third-party report: the victims and witnesses later recorded on them enter the queue.
CREATE TABLE specialist_third_party_case (
    case_id       UUID          PRIMARY KEY,
    report_id     UUID          NOT NULL,
    noted_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
