-- When, how and by whom a victim or witness was given their notice, and in which language.
CREATE TABLE notice_given (
    id               UUID PRIMARY KEY,
    case_id          UUID NOT NULL REFERENCES case_file (id),
    person_id        UUID NOT NULL REFERENCES case_person (id),
    given_by         VARCHAR(100) NOT NULL,
    given_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    method           VARCHAR(40) NOT NULL,
    language         VARCHAR(3) NOT NULL,
    interpreter_used BOOLEAN NOT NULL,
    notes            TEXT,
    protocol_id      VARCHAR(100) NOT NULL,
    obligations_met  INTEGER NOT NULL
);
CREATE INDEX notice_given_person ON notice_given (person_id, given_at);
