-- OpenID Connect single sign-on (issue 10, ADR 0013): a SafeShare account is linked to one person
-- at one OpenID provider by the provider's issuer and its subject identifier, never by a name or
-- an e-mail address that the provider lets people change.
CREATE TABLE sso_link (
    user_id   UUID PRIMARY KEY REFERENCES user_account (id),
    issuer    VARCHAR(500) NOT NULL,
    subject   VARCHAR(255) NOT NULL,
    linked_by VARCHAR(100) NOT NULL,
    linked_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT sso_link_issuer_subject UNIQUE (issuer, subject)
);

-- Groups-claim mappings an administrator keeps: a person in the group holds the role while the
-- provider says so. A role that reaches people or the audit log needs a second administrator's
-- approval of the mapping, as a grant to one person does.
CREATE TABLE sso_group_role (
    id           UUID PRIMARY KEY,
    group_name   VARCHAR(200) NOT NULL,
    role         VARCHAR(30) NOT NULL,
    status       VARCHAR(20) NOT NULL,
    requested_by VARCHAR(100) NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by   VARCHAR(100),
    decided_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT NOT NULL,
    CONSTRAINT sso_group_role_unique UNIQUE (group_name, role)
);

-- The roles a person holds because of a mapped group (removed at sign-in when the group is gone).
CREATE TABLE sso_role_from_group (
    user_id UUID NOT NULL REFERENCES user_account (id) ON DELETE CASCADE,
    role    VARCHAR(30) NOT NULL,
    PRIMARY KEY (user_id, role)
);

-- An administrator reset this person's second factor: they must set up a new one at their next sign-in.
ALTER TABLE user_account ADD COLUMN totp_enrol_required BOOLEAN DEFAULT FALSE NOT NULL;
