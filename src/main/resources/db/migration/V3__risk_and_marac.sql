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
