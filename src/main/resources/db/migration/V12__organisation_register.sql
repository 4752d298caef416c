-- The register of organisations: every body SafeShare can share with or refer to, kept by the
-- people accountable for it. The specialist directory's entries, partner organisations and the
-- national bodies are rows of this one table; the directory keeps its specialist details
-- (specialisms, languages, areas, capacity) in support_service under the same id. The protocol's
-- recipient category is set only by the data protection officer (register_category_change keeps
-- who, when and why). Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.

CREATE TABLE register_organisation (
    id                      UUID PRIMARY KEY,
    name                    VARCHAR(200) NOT NULL UNIQUE,
    category                VARCHAR(40)  NOT NULL,
    category_set_by         VARCHAR(100),
    category_set_at         TIMESTAMP WITH TIME ZONE,
    active                  BOOLEAN      NOT NULL,
    contact_routes          TEXT,
    webhook_url             VARCHAR(500),
    account_organisation_id UUID REFERENCES organisation (id),
    isa_reference           VARCHAR(100),
    isa_purposes            VARCHAR(400),
    isa_data_categories     VARCHAR(400),
    isa_lawful_basis        VARCHAR(400),
    isa_review_on           DATE,
    isa_document_url        VARCHAR(500),
    created_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT       NOT NULL
);
CREATE INDEX register_organisation_category ON register_organisation (category, active);

-- Other names and acronyms an organisation is known by; "normalised" is the name as the screening
-- compares it (case, accents, punctuation, spacing and "the" removed).
CREATE TABLE register_alias (
    organisation_id UUID NOT NULL REFERENCES register_organisation (id) ON DELETE CASCADE,
    alias           VARCHAR(200) NOT NULL,
    normalised      VARCHAR(200) NOT NULL,
    PRIMARY KEY (organisation_id, alias)
);
CREATE INDEX register_alias_normalised ON register_alias (normalised);

-- Every change of category, with the reason the data protection officer gave.
CREATE TABLE register_category_change (
    id              UUID PRIMARY KEY,
    organisation_id UUID NOT NULL REFERENCES register_organisation (id),
    from_category   VARCHAR(40),
    to_category     VARCHAR(40)  NOT NULL,
    reason          TEXT         NOT NULL,
    changed_by      VARCHAR(100) NOT NULL,
    changed_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX register_category_change_org ON register_category_change (organisation_id, changed_at);

-- Names typed for a recipient that is not in the register: the data protection officer's queue of
-- organisations to register. One row per normalised name.
CREATE TABLE register_unregistered_name (
    normalised       VARCHAR(200) PRIMARY KEY,
    name             VARCHAR(200) NOT NULL,
    screened_as      VARCHAR(40)  NOT NULL,
    times_named      INTEGER      NOT NULL,
    first_named_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_named_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_by      VARCHAR(100),
    resolved_at      TIMESTAMP WITH TIME ZONE
);

-- The national bodies every force deals with, registered once with fixed ids.
INSERT INTO register_organisation (id, name, category, category_set_by, category_set_at, active, contact_routes,
                                   created_at, updated_at, version) VALUES
    ('00000000-0000-4000-8000-000000000001', 'Home Office Immigration Enforcement', 'IMMIGRATION_ENFORCEMENT', 'register', CURRENT_TIMESTAMP, TRUE, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
    ('00000000-0000-4000-8000-000000000002', 'UK Visas and Immigration', 'OTHER_HOME_OFFICE', 'register', CURRENT_TIMESTAMP, TRUE, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
    ('00000000-0000-4000-8000-000000000003', 'Border Force', 'OTHER_HOME_OFFICE', 'register', CURRENT_TIMESTAMP, TRUE, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
    ('00000000-0000-4000-8000-000000000004', 'Home Office', 'OTHER_HOME_OFFICE', 'register', CURRENT_TIMESTAMP, TRUE, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
    ('00000000-0000-4000-8000-000000000005', 'National Referral Mechanism', 'MODERN_SLAVERY_REFERRAL_MECHANISM', 'register', CURRENT_TIMESTAMP, TRUE, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
    ('00000000-0000-4000-8000-000000000006', 'Forced Marriage Unit', 'FORCED_MARRIAGE_UNIT', 'register', CURRENT_TIMESTAMP, TRUE, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0),
    ('00000000-0000-4000-8000-000000000007', 'Multi-Agency Risk Assessment Conference', 'MARAC', 'register', CURRENT_TIMESTAMP, TRUE, NULL, CURRENT_TIMESTAMP, CURRENT_TIMESTAMP, 0);

INSERT INTO register_alias (organisation_id, alias, normalised) VALUES
    ('00000000-0000-4000-8000-000000000001', 'Immigration Enforcement', 'immigration enforcement'),
    ('00000000-0000-4000-8000-000000000001', 'HOIE', 'hoie'),
    ('00000000-0000-4000-8000-000000000001', 'Immigration Compliance and Enforcement', 'immigration compliance and enforcement'),
    ('00000000-0000-4000-8000-000000000002', 'UKVI', 'ukvi'),
    ('00000000-0000-4000-8000-000000000003', 'UK Border Force', 'uk border force'),
    ('00000000-0000-4000-8000-000000000003', 'UK Border Agency', 'uk border agency'),
    ('00000000-0000-4000-8000-000000000003', 'UKBA', 'ukba'),
    ('00000000-0000-4000-8000-000000000005', 'NRM', 'nrm'),
    ('00000000-0000-4000-8000-000000000005', 'Single Competent Authority', 'single competent authority'),
    ('00000000-0000-4000-8000-000000000006', 'FMU', 'fmu'),
    ('00000000-0000-4000-8000-000000000007', 'MARAC', 'marac');

-- Existing directory entries become register entries under the same id: specialist organisations.
INSERT INTO register_organisation (id, name, category, category_set_by, category_set_at, active, contact_routes,
                                   account_organisation_id, created_at, updated_at, version)
SELECT s.id,
       CASE WHEN EXISTS (SELECT 1 FROM register_organisation r WHERE r.name = s.name) THEN s.name || ' (directory)' ELSE s.name END,
       'SPECIALIST_ORGANISATION', 'register', CURRENT_TIMESTAMP, s.active, s.contact_routes,
       s.organisation_id, s.created_at, s.updated_at, 0
FROM support_service s;

-- Partner organisations with accounts that are not yet in the directory: registered under their own
-- id, category OTHER until the data protection officer sets it.
INSERT INTO register_organisation (id, name, category, active, account_organisation_id, created_at, updated_at, version)
SELECT o.id, o.name, 'OTHER', o.active, o.id, o.created_at, o.created_at, 0
FROM organisation o
WHERE o.kind = 'PARTNER'
  AND NOT EXISTS (SELECT 1 FROM support_service s WHERE s.organisation_id = o.id)
  AND NOT EXISTS (SELECT 1 FROM register_organisation r WHERE r.name = o.name OR r.id = o.id);

-- A directory entry is a register entry with specialist details.
ALTER TABLE support_service ADD CONSTRAINT support_service_registered
    FOREIGN KEY (id) REFERENCES register_organisation (id);

-- A sharing request names its recipient by register id (NULL: a name typed because it is not in the
-- register, or a MARAC meeting), and keeps the category and name as they stood when it was decided.
ALTER TABLE sharing_request ADD COLUMN organisation_id UUID;
ALTER TABLE sharing_request ADD COLUMN recipient_screened BOOLEAN DEFAULT FALSE NOT NULL;

-- A replay decides on the facts each request stored, unless the data protection officer asked for
-- today's register (the categories the register gives the recipients now).
ALTER TABLE protocol_replay ADD COLUMN todays_register BOOLEAN DEFAULT FALSE NOT NULL;

-- Partner webhooks: each organisation's signing secret (encrypted with the field key) and every
-- delivery attempt. No personal data: an event carries a referral's reference, status and a link.
CREATE TABLE webhook_secret (
    organisation_id UUID PRIMARY KEY REFERENCES register_organisation (id),
    secret          TEXT NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE webhook_delivery (
    id              UUID PRIMARY KEY,
    event_id        VARCHAR(64)  NOT NULL,
    organisation_id UUID         NOT NULL,
    url             VARCHAR(500) NOT NULL,
    event_type      VARCHAR(40)  NOT NULL,
    reference       VARCHAR(30),
    attempt         INTEGER      NOT NULL,
    status_code     INTEGER,
    outcome         VARCHAR(20)  NOT NULL,
    error           VARCHAR(200),
    attempted_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX webhook_delivery_time ON webhook_delivery (attempted_at);
