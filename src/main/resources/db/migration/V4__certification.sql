-- Certification: agreements, practicum, applications, certificates, their history and
-- coordinator-only reasons, expiry notices, appeals, evidence of passed quizzes, imports.
-- Accounts are named by their public id; no foreign keys into other contexts' tables.

CREATE SEQUENCE agreement_acceptance_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE practicum_entry_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE certification_application_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE certificate_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE certificate_status_reason_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE certificate_notice_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE certification_history_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE certification_appeal_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE certification_passed_quiz_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE agreement_acceptance (
    id BIGINT PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL,
    agreement VARCHAR(40) NOT NULL,
    accepted_at TIMESTAMP NOT NULL
);
CREATE INDEX agreement_acceptance_account_idx ON agreement_acceptance (account_id);

CREATE TABLE practicum_entry (
    id BIGINT PRIMARY KEY,
    public_id VARCHAR(36) NOT NULL,
    trainee_id VARCHAR(36) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    held_on DATE NOT NULL,
    leader_id VARCHAR(36),
    opening_statement BOOLEAN,
    timekeeping BOOLEAN,
    tool_use BOOLEAN,
    handling_advice_giving BOOLEAN,
    confidentiality_reminder BOOLEAN,
    check_out BOOLEAN,
    note VARCHAR(1000),
    signed_by VARCHAR(36) NOT NULL,
    signed_at TIMESTAMP NOT NULL,
    CONSTRAINT practicum_entry_public_id_uk UNIQUE (public_id)
);
CREATE INDEX practicum_entry_trainee_idx ON practicum_entry (trainee_id);

CREATE TABLE certification_application (
    id BIGINT PRIMARY KEY,
    public_id VARCHAR(36) NOT NULL,
    applicant_id VARCHAR(36) NOT NULL,
    region_code VARCHAR(32) NOT NULL,
    credential VARCHAR(20) NOT NULL,
    status VARCHAR(20) NOT NULL,
    applied_at TIMESTAMP NOT NULL,
    decided_at TIMESTAMP,
    decided_by VARCHAR(36),
    decision_comment VARCHAR(2000),
    certificate_id VARCHAR(36),
    version BIGINT NOT NULL,
    CONSTRAINT certification_application_public_id_uk UNIQUE (public_id)
);
CREATE INDEX certification_application_applicant_idx ON certification_application (applicant_id);
CREATE INDEX certification_application_queue_idx ON certification_application (region_code, status);

CREATE TABLE certificate (
    id BIGINT PRIMARY KEY,
    public_id VARCHAR(36) NOT NULL,
    cert_number VARCHAR(40) NOT NULL,
    code VARCHAR(16) NOT NULL,
    holder_id VARCHAR(36) NOT NULL,
    credential VARCHAR(20) NOT NULL,
    display_name VARCHAR(100) NOT NULL,
    region_code VARCHAR(32) NOT NULL,
    issued_on DATE NOT NULL,
    expires_on DATE NOT NULL,
    period_start DATE NOT NULL,
    status VARCHAR(20) NOT NULL,
    leave_by_holder BOOLEAN NOT NULL,
    status_changed_at TIMESTAMP NOT NULL,
    status_changed_by VARCHAR(36) NOT NULL,
    imported BOOLEAN NOT NULL,
    application_id VARCHAR(36),
    issued_by VARCHAR(36) NOT NULL,
    course_id VARCHAR(100),
    course_version VARCHAR(40),
    course_content_version VARCHAR(32),
    exam_content_version VARCHAR(32),
    version BIGINT NOT NULL,
    CONSTRAINT certificate_public_id_uk UNIQUE (public_id),
    CONSTRAINT certificate_number_uk UNIQUE (cert_number),
    CONSTRAINT certificate_code_uk UNIQUE (code)
);
CREATE INDEX certificate_holder_idx ON certificate (holder_id);
CREATE INDEX certificate_expiry_idx ON certificate (status, expires_on);
CREATE INDEX certificate_region_idx ON certificate (region_code);

-- Coordinators only: why a status was changed. Never shown publicly, mailed or audited in full.
CREATE TABLE certificate_status_reason (
    id BIGINT PRIMARY KEY,
    certificate_id VARCHAR(36) NOT NULL,
    from_status VARCHAR(20) NOT NULL,
    to_status VARCHAR(20) NOT NULL,
    reason VARCHAR(2000) NOT NULL,
    coordinator_id VARCHAR(36) NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX certificate_status_reason_certificate_idx ON certificate_status_reason (certificate_id);

-- One row per notice per expiry date: the unique key is how nodes of a cluster agree that a
-- reminder or lapse was handled exactly once.
CREATE TABLE certificate_notice (
    id BIGINT PRIMARY KEY,
    certificate_id VARCHAR(36) NOT NULL,
    expires_on DATE NOT NULL,
    notice VARCHAR(30) NOT NULL,
    handled_at TIMESTAMP NOT NULL,
    CONSTRAINT certificate_notice_uk UNIQUE (certificate_id, expires_on, notice)
);

CREATE TABLE certification_history (
    id BIGINT PRIMARY KEY,
    subject_id VARCHAR(36) NOT NULL,
    occurred_at TIMESTAMP NOT NULL,
    actor_id VARCHAR(36) NOT NULL,
    action VARCHAR(40) NOT NULL,
    details VARCHAR(2000)
);
CREATE INDEX certification_history_subject_idx ON certification_history (subject_id);

CREATE TABLE certification_appeal (
    id BIGINT PRIMARY KEY,
    public_id VARCHAR(36) NOT NULL,
    subject_type VARCHAR(20) NOT NULL,
    subject_id VARCHAR(36) NOT NULL,
    appellant_id VARCHAR(36) NOT NULL,
    region_code VARCHAR(32) NOT NULL,
    original_decider VARCHAR(36) NOT NULL,
    appeal_text VARCHAR(4000) NOT NULL,
    filed_at TIMESTAMP NOT NULL,
    status VARCHAR(20) NOT NULL,
    decided_by VARCHAR(36),
    decided_at TIMESTAMP,
    decision_comment VARCHAR(2000),
    version BIGINT NOT NULL,
    CONSTRAINT certification_appeal_public_id_uk UNIQUE (public_id)
);
CREATE INDEX certification_appeal_subject_idx ON certification_appeal (subject_id);
CREATE INDEX certification_appeal_region_idx ON certification_appeal (region_code, status);

CREATE TABLE certification_passed_quiz (
    id BIGINT PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL,
    course_id VARCHAR(100) NOT NULL,
    quiz_id VARCHAR(100) NOT NULL,
    content_version VARCHAR(32) NOT NULL,
    score_percent INTEGER NOT NULL,
    passed_at TIMESTAMP NOT NULL
);
CREATE INDEX certification_passed_quiz_account_idx ON certification_passed_quiz (account_id, course_id);

CREATE TABLE imported_account (
    account_id VARCHAR(36) PRIMARY KEY,
    imported_at TIMESTAMP NOT NULL,
    imported_by VARCHAR(36) NOT NULL
);
