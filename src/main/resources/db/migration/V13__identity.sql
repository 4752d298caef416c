-- Identity you can trust (issue 10): who issued each token, roles granted only with a second
-- administrator's approval, sign-in throttling per account and per client address with growing
-- delays, and the failures a person is told about at their next sign-in.

-- Every token records who issued it; tokens issued before this record their owner as issuer.
ALTER TABLE api_token ADD COLUMN issued_by VARCHAR(100);
UPDATE api_token SET issued_by = (SELECT u.username FROM user_account u WHERE u.id = api_token.user_id);
ALTER TABLE api_token ADD COLUMN last_used_address VARCHAR(64);

-- A role an administrator asked to grant, waiting for a second administrator (separation of duties).
CREATE TABLE role_grant_request (
    id           UUID PRIMARY KEY,
    user_id      UUID NOT NULL REFERENCES user_account (id),
    role         VARCHAR(30) NOT NULL,
    requested_by VARCHAR(100) NOT NULL,
    requested_at TIMESTAMP WITH TIME ZONE NOT NULL,
    status       VARCHAR(20) NOT NULL,
    decided_by   VARCHAR(100),
    decided_at   TIMESTAMP WITH TIME ZONE,
    version      BIGINT NOT NULL
);
CREATE INDEX role_grant_request_user ON role_grant_request (user_id, status);

-- Throttling is keyed by 'account:<name>' or 'address:<ip>'; locked_until now means "not before"
-- (a growing delay), never a lock-out that anyone could trigger.
ALTER TABLE sign_in_throttle ALTER COLUMN username_key SET DATA TYPE VARCHAR(120);

-- What the person is told at their next sign-in.
ALTER TABLE user_account ADD COLUMN failed_sign_ins INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE user_account ADD COLUMN last_sign_in_at TIMESTAMP WITH TIME ZONE;

-- TOTP second factor (RFC 6238): the shared secret encrypted (FieldCipher), the last time step used
-- (a code is never accepted twice), and one-time recovery codes kept only as SHA-256.
ALTER TABLE user_account ADD COLUMN totp_secret TEXT;
ALTER TABLE user_account ADD COLUMN totp_enabled BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE user_account ADD COLUMN totp_last_step BIGINT;
CREATE TABLE recovery_code (
    id        UUID PRIMARY KEY,
    user_id   UUID NOT NULL REFERENCES user_account (id),
    code_hash VARCHAR(64) NOT NULL,
    used_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX recovery_code_user ON recovery_code (user_id);
