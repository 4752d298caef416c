-- Safe reporting pathways: the directory of specialist organisations, referrals and their notes,
-- and third-party reports. Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE support_service (
    id                UUID PRIMARY KEY,
    name              VARCHAR(200) NOT NULL UNIQUE,
    description       TEXT,
    contact_routes    TEXT NOT NULL,
    capacity_notes    TEXT,
    regulated_adviser BOOLEAN NOT NULL,
    organisation_id   UUID REFERENCES organisation (id),
    active            BOOLEAN NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT NOT NULL
);

CREATE TABLE support_service_specialism (
    support_service UUID NOT NULL REFERENCES support_service (id) ON DELETE CASCADE,
    specialism      VARCHAR(40) NOT NULL,
    PRIMARY KEY (support_service, specialism)
);

CREATE TABLE support_service_language (
    support_service UUID NOT NULL REFERENCES support_service (id) ON DELETE CASCADE,
    language        VARCHAR(3) NOT NULL,
    PRIMARY KEY (support_service, language)
);

CREATE TABLE support_service_area (
    support_service UUID NOT NULL REFERENCES support_service (id) ON DELETE CASCADE,
    area            VARCHAR(100) NOT NULL,
    PRIMARY KEY (support_service, area)
);

-- A referral carries a copy of exactly the fields the person consented to share: the partner
-- portal shows that copy and nothing else, so partners never read case records.
CREATE TABLE referral (
    id                     UUID PRIMARY KEY,
    reference              VARCHAR(30) NOT NULL UNIQUE,
    case_id                UUID NOT NULL REFERENCES case_file (id),
    person_id              UUID NOT NULL REFERENCES case_person (id),
    support_service_id     UUID NOT NULL REFERENCES support_service (id),
    organisation_id        UUID REFERENCES organisation (id),
    needs                  TEXT NOT NULL,
    status                 VARCHAR(20) NOT NULL,
    basis                  VARCHAR(20) NOT NULL,
    consent_given_by       VARCHAR(200),
    consent_given_at       TIMESTAMP WITH TIME ZONE,
    consent_method         VARCHAR(40),
    shared_fields          VARCHAR(400) NOT NULL,
    override_justification TEXT,
    intermediary           BOOLEAN NOT NULL,
    shared_details         TEXT NOT NULL,
    decline_reason         TEXT,
    outcome                TEXT,
    respond_by             TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by             VARCHAR(100) NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT NOT NULL
);
CREATE INDEX referral_organisation ON referral (organisation_id, status);
CREATE INDEX referral_person ON referral (person_id);
CREATE SEQUENCE referral_reference_seq START WITH 1001;

CREATE TABLE referral_note (
    id          UUID PRIMARY KEY,
    referral_id UUID NOT NULL REFERENCES referral (id),
    author      VARCHAR(100) NOT NULL,
    written_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    status      VARCHAR(20) NOT NULL,
    note        TEXT
);
CREATE INDEX referral_note_referral ON referral_note (referral_id, written_at);

-- A crime reported by a partner for a victim who does not (yet) want to be identified.
CREATE TABLE third_party_report (
    id                  UUID PRIMARY KEY,
    reference           VARCHAR(30) NOT NULL UNIQUE,
    organisation_id     UUID NOT NULL REFERENCES organisation (id),
    reported_by         VARCHAR(100) NOT NULL,
    crime_type          VARCHAR(40) NOT NULL,
    occurred_on         DATE,
    area                VARCHAR(200) NOT NULL,
    what_happened       TEXT NOT NULL,
    victim_wishes       TEXT NOT NULL,
    police_may_contact  BOOLEAN NOT NULL,
    contact_route       TEXT,
    status              VARCHAR(20) NOT NULL,
    triage_note         TEXT,
    case_id             UUID REFERENCES case_file (id),
    received_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT NOT NULL
);
CREATE INDEX third_party_report_status ON third_party_report (status, received_at);
CREATE SEQUENCE third_party_reference_seq START WITH 1001;
