-- A known value sealed with the encryption key when the database first meets it, so that a start with
-- another key (a restore without its key, a mistyped key) is refused at once instead of failing on the
-- first person read. Portable SQL for H2 (PostgreSQL mode) and PostgreSQL.
CREATE TABLE encryption_key_check (
    id          INTEGER       PRIMARY KEY,
    sealed      VARCHAR(200)  NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
