-- Domestic abuse risk assessments and MARAC. Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.
-- Every column is classified in db/personal-data.csv; answers, notes and concerns are encrypted.

-- Every assessment is kept: a victim's history is all their rows, newest first. A person has at most
-- one draft at a time (checked by the use case). For a draft the score and grades are null.
CREATE TABLE risk_assessment (
    id                UUID PRIMARY KEY,
    case_id           UUID NOT NULL REFERENCES case_file (id),
    person_id         UUID NOT NULL REFERENCES case_person (id),
    status            VARCHAR(20) NOT NULL,
    answers           TEXT NOT NULL,
    yes_count         INTEGER,
    checklist_grade   VARCHAR(20),
    judgement_grade   VARCHAR(20),
    judgement_concern TEXT,
    grade             VARCHAR(20),
    created_by        VARCHAR(100) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_by      VARCHAR(100),
    completed_at      TIMESTAMP WITH TIME ZONE,
    version           BIGINT NOT NULL
);
CREATE INDEX risk_assessment_person ON risk_assessment (person_id, created_at);

-- MARAC. The confidentiality agreement is versioned text; a meeting is held under the version current
-- when it was scheduled, and every attendee accepts it afresh at the start of every meeting.
CREATE TABLE marac_agreement (
    version      INTEGER PRIMARY KEY,
    content      TEXT NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO marac_agreement (version, content, published_at) VALUES (1,
'I agree that everything said or shown at this meeting about the people discussed is confidential. I will use it only to keep the people discussed, and their children, safe. I will share it only with people in my own agency who need it for that purpose, and I will record what I share and why. I will not pass any of it to immigration enforcement, or to anyone for an immigration purpose: no immigration agency takes part in this MARAC. I will not record or copy information from this meeting except the actions assigned to my agency. I understand that this agreement applies to this meeting and that I accept it afresh at the start of every meeting.',
TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00');

CREATE TABLE marac_meeting (
    id                UUID PRIMARY KEY,
    meets_on          DATE NOT NULL,
    area              VARCHAR(200) NOT NULL,
    chair             VARCHAR(200) NOT NULL,
    agreement_version INTEGER NOT NULL REFERENCES marac_agreement (version),
    status            VARCHAR(20) NOT NULL,
    minutes           TEXT,
    created_by        VARCHAR(100) NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    closed_at         TIMESTAMP WITH TIME ZONE,
    version           BIGINT NOT NULL
);
CREATE INDEX marac_meeting_date ON marac_meeting (meets_on);

-- An attendee with a SafeShare account (username) accepts the agreement themselves; for one without,
-- the coordinator records the acceptance given in the room.
CREATE TABLE marac_attendee (
    id                     UUID PRIMARY KEY,
    meeting_id             UUID NOT NULL REFERENCES marac_meeting (id),
    name                   VARCHAR(100) NOT NULL,
    agency                 VARCHAR(40) NOT NULL,
    organisation           VARCHAR(200),
    username               VARCHAR(100),
    accepted_at            TIMESTAMP WITH TIME ZONE,
    accepted_version       INTEGER,
    acceptance_recorded_by VARCHAR(100),
    added_by               VARCHAR(100) NOT NULL,
    added_at               TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT NOT NULL,
    CONSTRAINT marac_attendee_account UNIQUE (meeting_id, username)
);
CREATE INDEX marac_attendee_username ON marac_attendee (username);

CREATE TABLE marac_referral (
    id                  UUID PRIMARY KEY,
    case_id             UUID NOT NULL REFERENCES case_file (id),
    person_id           UUID NOT NULL REFERENCES case_person (id),
    risk_assessment_id  UUID UNIQUE REFERENCES risk_assessment (id),
    case_reference      VARCHAR(30) NOT NULL,
    person_name         TEXT NOT NULL,
    criterion           VARCHAR(40) NOT NULL,
    criteria            VARCHAR(200) NOT NULL,
    repeat_referral     BOOLEAN NOT NULL,
    risk_summary        TEXT NOT NULL,
    incident_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    status              VARCHAR(20) NOT NULL,
    meeting_id          UUID REFERENCES marac_meeting (id),
    referred_by         VARCHAR(100) NOT NULL,
    referred_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT NOT NULL
);
CREATE INDEX marac_referral_person ON marac_referral (person_id, referred_at);
CREATE INDEX marac_referral_status ON marac_referral (status, referred_at);
CREATE INDEX marac_referral_meeting ON marac_referral (meeting_id);

CREATE TABLE marac_action (
    id           UUID PRIMARY KEY,
    meeting_id   UUID NOT NULL REFERENCES marac_meeting (id),
    referral_id  UUID NOT NULL REFERENCES marac_referral (id),
    description  TEXT NOT NULL,
    owner_agency VARCHAR(40) NOT NULL,
    owner        VARCHAR(100),
    due_on       DATE NOT NULL,
    status       VARCHAR(20) NOT NULL,
    created_by   VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT NOT NULL
);
CREATE INDEX marac_action_meeting ON marac_action (meeting_id);
