-- Accounts, regions and roles; one-time tokens (email confirmation, password reset);
-- the append-only audit log; the mail outbox.
-- Written for both H2 2.x and PostgreSQL: plain types, sequences for ids (never IDENTITY).

CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE account_token_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE outbox_message_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE region (
    code VARCHAR(32) PRIMARY KEY,
    name VARCHAR(200) NOT NULL
);

CREATE TABLE account (
    id BIGINT PRIMARY KEY,
    public_id VARCHAR(36) NOT NULL,
    email VARCHAR(320) NOT NULL,
    email_key VARCHAR(320) NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    region_code VARCHAR(32) NOT NULL REFERENCES region (code),
    password_hash VARCHAR(500) NOT NULL,
    credential_stamp VARCHAR(36) NOT NULL,
    failed_sign_ins INTEGER NOT NULL,
    locked_until TIMESTAMP,
    email_confirmed_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    closed_at TIMESTAMP,
    version BIGINT NOT NULL,
    CONSTRAINT account_public_id_uk UNIQUE (public_id),
    CONSTRAINT account_email_key_uk UNIQUE (email_key)
);

CREATE TABLE account_role (
    account_id BIGINT NOT NULL REFERENCES account (id),
    role_name VARCHAR(20) NOT NULL,
    PRIMARY KEY (account_id, role_name)
);

CREATE TABLE account_token (
    id BIGINT PRIMARY KEY,
    account_id BIGINT NOT NULL REFERENCES account (id),
    purpose VARCHAR(20) NOT NULL,
    token_hash VARCHAR(64) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    CONSTRAINT account_token_hash_uk UNIQUE (token_hash)
);

CREATE TABLE audit_event (
    id BIGINT PRIMARY KEY,
    position BIGINT NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    actor VARCHAR(320) NOT NULL,
    action VARCHAR(60) NOT NULL,
    subject VARCHAR(200),
    details VARCHAR(4000),
    previous_hash VARCHAR(64) NOT NULL,
    event_hash VARCHAR(64) NOT NULL,
    CONSTRAINT audit_event_position_uk UNIQUE (position)
);
CREATE INDEX audit_event_occurred_idx ON audit_event (occurred_at);

-- One row that every audit append locks, so the hash chain stays linear across a cluster.
CREATE TABLE audit_head (
    id INTEGER PRIMARY KEY,
    last_position BIGINT NOT NULL,
    last_hash VARCHAR(64) NOT NULL
);
INSERT INTO audit_head (id, last_position, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

CREATE TABLE outbox_message (
    id BIGINT PRIMARY KEY,
    recipient VARCHAR(320) NOT NULL,
    subject VARCHAR(300) NOT NULL,
    body VARCHAR(20000) NOT NULL,
    status VARCHAR(12) NOT NULL,
    attempts INTEGER NOT NULL,
    last_error VARCHAR(1000),
    created_at TIMESTAMP NOT NULL,
    next_attempt_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP,
    version BIGINT NOT NULL
);
CREATE INDEX outbox_message_due_idx ON outbox_message (status, next_attempt_at);
