-- Adoption of the safeguarding protocol and training. Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.

-- Each published protocol version staff are asked to read, noted when the firewall publishes it.
CREATE TABLE adoption_version (
    protocol_id   VARCHAR(100) PRIMARY KEY,
    content_hash  VARCHAR(100) NOT NULL,
    title         VARCHAR(300) NOT NULL,
    previous_id   VARCHAR(100),
    published_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    asked_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- "I have read it": who, when, which version. Never changed or deleted.
CREATE TABLE adoption_reading (
    protocol_id   VARCHAR(100) NOT NULL,
    username      VARCHAR(100) NOT NULL,
    read_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (protocol_id, username)
);

-- Sharing requests asked for by someone who had not read the version they were decided under.
CREATE TABLE adoption_unread_request (
    request_id    UUID         PRIMARY KEY,
    username      VARCHAR(100) NOT NULL,
    protocol_id   VARCHAR(100) NOT NULL,
    noted_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The force's setting: whether not having read the version in force blocks asking to share. One row per change.
CREATE TABLE adoption_setting (
    id                     UUID         PRIMARY KEY,
    unread_blocks_sharing  BOOLEAN      NOT NULL,
    changed_by             VARCHAR(100) NOT NULL,
    changed_at             TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Training courses, which roles must take each, and how often it is refreshed.
CREATE TABLE training_course (
    code              VARCHAR(40)   PRIMARY KEY,
    title             VARCHAR(200)  NOT NULL,
    description       VARCHAR(1000) NOT NULL,
    roles             VARCHAR(300)  NOT NULL,
    refresher_months  INTEGER       NOT NULL,
    changed_by        VARCHAR(100)  NOT NULL,
    changed_at        TIMESTAMP WITH TIME ZONE NOT NULL
);
INSERT INTO training_course (code, title, description, roles, refresher_months, changed_by, changed_at) VALUES
('PROTOCOL', 'The safeguarding protocol for migrant victims and witnesses',
 'What the force''s protocol says about sharing information with immigration enforcement: doubt is never a reason to share, evidence goes to review, and the victim is told.',
 'OFFICER,CASEWORKER,SUPERVISOR,DPO', 12, 'system', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('IMMIGRATION-BASICS', 'Immigration basics for victim care',
 'Immigration status, no recourse to public funds, the domestic violence concession and where specialist advice is found.',
 'OFFICER,CASEWORKER,SUPERVISOR', 12, 'system', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00'),
('RISK-CHECKLIST', 'The risk checklist with immigration factors',
 'Completing the domestic abuse risk checklist, including the immigration-related risk factors, and when to refer to MARAC.',
 'OFFICER,CASEWORKER', 12, 'system', TIMESTAMP WITH TIME ZONE '2026-01-01 00:00:00+00');

-- Completions, recorded one at a time or imported from the learning system. Never changed.
CREATE TABLE training_completion (
    id            UUID         PRIMARY KEY,
    course_code   VARCHAR(40)  NOT NULL REFERENCES training_course (code),
    username      VARCHAR(100) NOT NULL,
    completed_on  DATE         NOT NULL,
    source        VARCHAR(20)  NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT training_completion_once UNIQUE (course_code, username, completed_on)
);
CREATE INDEX training_completion_user ON training_completion (username);

-- Outreach and confidence activity (recommendation 5). Never changed once recorded.
CREATE TABLE outreach_activity (
    id            UUID         PRIMARY KEY,
    held_on       DATE         NOT NULL,
    venue_kind    VARCHAR(30)  NOT NULL,
    area          VARCHAR(200) NOT NULL,
    languages     VARCHAR(200) NOT NULL,
    materials     VARCHAR(500),
    partner       VARCHAR(200),
    reach         INTEGER      NOT NULL,
    recorded_by   VARCHAR(100) NOT NULL,
    recorded_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX outreach_activity_area ON outreach_activity (area, held_on);
