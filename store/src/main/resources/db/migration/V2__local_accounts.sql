-- Parley schema, version 2: local accounts (standalone sign-in with a password).
-- One text for H2 (PostgreSQL mode) and PostgreSQL; ${byteOrder} as in V1.
-- password_hash is "pbkdf2-sha256$<iterations>$<salt>$<hash>" (see docs/adr/0005-local-accounts.md);
-- password_generated stays TRUE while the password is the one Parley generated and printed.

CREATE TABLE local_accounts (
    user_id            VARCHAR(128) ${byteOrder} NOT NULL,
    password_hash      VARCHAR(512) NOT NULL,
    password_generated BOOLEAN NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT local_accounts_pk PRIMARY KEY (user_id),
    CONSTRAINT local_accounts_user FOREIGN KEY (user_id) REFERENCES users (id)
);
