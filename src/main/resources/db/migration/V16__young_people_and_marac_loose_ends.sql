-- Every MARAC criterion a completed risk assessment met, one per line, as the MARAC module weighed them
-- (escalation and repeat depend on other cases and earlier referrals).
ALTER TABLE risk_assessment ADD COLUMN marac_criteria TEXT;

-- The firewall's answer, per case on a meeting's agenda, when the coordinator shared the cases with the
-- meeting (an explicit command); showing a meeting reads it and changes nothing.
CREATE TABLE marac_case_sharing (
    meeting_id         UUID NOT NULL REFERENCES marac_meeting (id),
    referral_id        UUID NOT NULL REFERENCES marac_referral (id),
    sharing_request_id UUID NOT NULL,
    permitted          BOOLEAN NOT NULL,
    reasons            TEXT NOT NULL,
    decided_by         VARCHAR(100) NOT NULL,
    decided_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (meeting_id, referral_id)
);

-- The young people's vulnerability tracker. A young person belongs to the team that tracks them; they
-- may be linked to people on cases. Immigration status is never kept here. What is special category
-- (names of a child at risk, what they are at risk of, notes) is encrypted.
CREATE TABLE young_person (
    id              UUID PRIMARY KEY,
    team_id         UUID NOT NULL,
    given_name      TEXT NOT NULL,
    family_name     TEXT NOT NULL,
    date_of_birth   DATE NOT NULL,
    care_leaver     BOOLEAN NOT NULL,
    lead_agency     VARCHAR(40) NOT NULL,
    risk_level      VARCHAR(20) NOT NULL,
    next_review_on  DATE NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL
);
CREATE INDEX young_person_team ON young_person (team_id, next_review_on);

CREATE TABLE young_person_case (
    id              UUID PRIMARY KEY,
    young_person_id UUID NOT NULL REFERENCES young_person (id),
    case_id         UUID NOT NULL REFERENCES case_file (id),
    person_id       UUID NOT NULL REFERENCES case_person (id),
    case_reference  VARCHAR(40) NOT NULL,
    linked_by       VARCHAR(100) NOT NULL,
    linked_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL
);
CREATE UNIQUE INDEX young_person_case_person ON young_person_case (young_person_id, person_id);
CREATE INDEX young_person_case_by_person ON young_person_case (person_id);

CREATE TABLE young_person_vulnerability (
    id              UUID PRIMARY KEY,
    young_person_id UUID NOT NULL REFERENCES young_person (id),
    kind            VARCHAR(40) NOT NULL,
    details         TEXT,
    identified_on   DATE NOT NULL,
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL
);

CREATE TABLE young_person_missing (
    id                  UUID PRIMARY KEY,
    young_person_id     UUID NOT NULL REFERENCES young_person (id),
    from_care           BOOLEAN NOT NULL,
    went_missing_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    returned_at         TIMESTAMP WITH TIME ZONE,
    return_interview_on DATE,
    return_interview_by TEXT,
    notes               TEXT,
    recorded_by         VARCHAR(100) NOT NULL,
    recorded_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT NOT NULL
);

CREATE TABLE young_person_risk (
    id              UUID PRIMARY KEY,
    young_person_id UUID NOT NULL REFERENCES young_person (id),
    risk_level      VARCHAR(20) NOT NULL,
    reason          TEXT NOT NULL,
    set_by          VARCHAR(100) NOT NULL,
    set_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL
);

CREATE TABLE young_person_professional (
    id              UUID PRIMARY KEY,
    young_person_id UUID NOT NULL REFERENCES young_person (id),
    name            VARCHAR(100) NOT NULL,
    agency          VARCHAR(40) NOT NULL,
    job_role        VARCHAR(200),
    added_by        VARCHAR(100) NOT NULL,
    added_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL
);

CREATE TABLE young_person_review (
    id              UUID PRIMARY KEY,
    young_person_id UUID NOT NULL REFERENCES young_person (id),
    held_on         DATE NOT NULL,
    agencies        VARCHAR(400) NOT NULL,
    outcome         TEXT NOT NULL,
    next_review_on  DATE NOT NULL,
    recorded_by     VARCHAR(100) NOT NULL,
    recorded_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL
);

CREATE TABLE young_person_action (
    id              UUID PRIMARY KEY,
    young_person_id UUID NOT NULL REFERENCES young_person (id),
    description     TEXT NOT NULL,
    owner           VARCHAR(100) NOT NULL,
    owner_agency    VARCHAR(40) NOT NULL,
    due_on          DATE NOT NULL,
    status          VARCHAR(20) NOT NULL,
    created_by      VARCHAR(100) NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT NOT NULL
);
