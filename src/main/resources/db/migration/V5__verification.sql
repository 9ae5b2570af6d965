-- Verification keeps its own copy of what the public may learn about a certificate, fed by the
-- certification context's events; it never reads certification tables. Also: pseudonymous
-- credential subjects, revocation status lists, the holders' log of checks and the shared
-- per-client rate limit. Written for both H2 2.x and PostgreSQL.

CREATE SEQUENCE verifiable_certificate_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE status_list_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE verification_check_seq START WITH 1 INCREMENT BY 1;

-- One per holder: the urn:uuid that stands for them in every credential, so no credential carries
-- a name, an email or an account id.
CREATE TABLE credential_subject (
    holder_id VARCHAR(36) PRIMARY KEY,
    subject_uuid VARCHAR(36) NOT NULL,
    CONSTRAINT credential_subject_uuid_uk UNIQUE (subject_uuid)
);

-- A Bitstring Status List: bits holds the revocation bits, taken the indexes already handed out.
CREATE TABLE status_list (
    id BIGINT PRIMARY KEY,
    public_id VARCHAR(36) NOT NULL,
    purpose VARCHAR(20) NOT NULL,
    size_bits INTEGER NOT NULL,
    bits BYTEA NOT NULL,
    taken BYTEA NOT NULL,
    taken_count INTEGER NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT status_list_public_id_uk UNIQUE (public_id)
);

-- code_digest is the SHA-256 of the normalised code: look-ups compare digests, so the time a
-- look-up takes says nothing about how much of a guessed code was right.
CREATE TABLE verifiable_certificate (
    id BIGINT PRIMARY KEY,
    certificate_id VARCHAR(36) NOT NULL,
    holder_id VARCHAR(36) NOT NULL,
    code VARCHAR(16) NOT NULL,
    code_digest VARCHAR(64) NOT NULL,
    credential_uuid VARCHAR(36) NOT NULL,
    credential VARCHAR(20) NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    status VARCHAR(20) NOT NULL,
    issued_on DATE NOT NULL,
    expires_on DATE NOT NULL,
    status_list_id BIGINT NOT NULL REFERENCES status_list (id),
    status_list_index INTEGER NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT verifiable_certificate_cert_uk UNIQUE (certificate_id),
    CONSTRAINT verifiable_certificate_digest_uk UNIQUE (code_digest),
    CONSTRAINT verifiable_certificate_slot_uk UNIQUE (status_list_id, status_list_index)
);
CREATE INDEX verifiable_certificate_holder_idx ON verifiable_certificate (holder_id);

-- When a certificate was checked and through which door; never who checked or from where.
CREATE TABLE verification_check (
    id BIGINT PRIMARY KEY,
    certificate_ref BIGINT NOT NULL REFERENCES verifiable_certificate (id),
    checked_at TIMESTAMP NOT NULL,
    channel VARCHAR(10) NOT NULL
);
CREATE INDEX verification_check_cert_idx ON verification_check (certificate_ref, checked_at);

-- Look-ups per client and minute, shared by every node of a cluster. client_key is a hash of the
-- client's address; rows are deleted as soon as their minute has passed.
CREATE TABLE verification_rate_window (
    client_key VARCHAR(64) NOT NULL,
    window_start TIMESTAMP NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (client_key, window_start)
);
