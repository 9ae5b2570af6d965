-- Quizzes as the server alone decides them: the versions of quizzes attempts were drawn from,
-- attempts with numbered slots and an append-only history of steps, the grades each attempt
-- received, and running totals for item analysis, kept at grading time so that statistics for
-- any number of attempts are a small read.
-- Written for both H2 2.x and PostgreSQL: plain types, sequences for ids (never IDENTITY).

CREATE SEQUENCE quiz_version_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE question_version_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE attempt_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE attempt_slot_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE slot_step_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE attempt_grade_seq START WITH 1 INCREMENT BY 1;

-- A copy of each quiz version that attempts were drawn from: files may change, history may not.
CREATE TABLE quiz_version (
    id BIGINT PRIMARY KEY,
    quiz_id VARCHAR(100) NOT NULL,
    content_version VARCHAR(32) NOT NULL,
    title VARCHAR(500) NOT NULL,
    pass_mark INTEGER NOT NULL,
    stored_at TIMESTAMP NOT NULL,
    CONSTRAINT quiz_version_uk UNIQUE (quiz_id, content_version)
);

CREATE TABLE question_version (
    id BIGINT PRIMARY KEY,
    quiz_version_id BIGINT NOT NULL REFERENCES quiz_version (id),
    bank_position INTEGER NOT NULL,
    question_id VARCHAR(100) NOT NULL,
    question_type VARCHAR(12) NOT NULL,
    points INTEGER NOT NULL,
    area VARCHAR(100),
    objective_id VARCHAR(100),
    scenario BOOLEAN NOT NULL,
    question_text VARCHAR(20000) NOT NULL,
    explanation VARCHAR(20000) NOT NULL,
    true_false_answer BOOLEAN,
    CONSTRAINT question_version_uk UNIQUE (quiz_version_id, question_id)
);

-- Options, order items (in their correct order) and match sides, with the key.
CREATE TABLE question_choice (
    question_version_id BIGINT NOT NULL REFERENCES question_version (id),
    position INTEGER NOT NULL,
    choice_role VARCHAR(10) NOT NULL,
    choice_id VARCHAR(100) NOT NULL,
    choice_text VARCHAR(20000) NOT NULL,
    correct BOOLEAN NOT NULL,
    partner_id VARCHAR(100),
    PRIMARY KEY (question_version_id, position)
);

-- Attempts belong to an enrollment: (account, course, quiz). The unique number stops two
-- simultaneous starts from opening two attempts.
CREATE TABLE attempt (
    id BIGINT PRIMARY KEY,
    public_id VARCHAR(36) NOT NULL,
    account_id VARCHAR(36) NOT NULL,
    course_id VARCHAR(100) NOT NULL,
    quiz_id VARCHAR(100) NOT NULL,
    quiz_version_id BIGINT NOT NULL REFERENCES quiz_version (id),
    content_version VARCHAR(32) NOT NULL,
    pass_mark INTEGER NOT NULL,
    attempt_number INTEGER NOT NULL,
    state VARCHAR(12) NOT NULL,
    started_at TIMESTAMP NOT NULL,
    deadline TIMESTAMP,
    finished_at TIMESTAMP,
    finish_reason VARCHAR(12),
    marks DOUBLE PRECISION,
    max_marks INTEGER NOT NULL,
    percent DOUBLE PRECISION,
    passed BOOLEAN,
    grade_count INTEGER NOT NULL,
    version BIGINT NOT NULL,
    CONSTRAINT attempt_public_id_uk UNIQUE (public_id),
    CONSTRAINT attempt_number_uk UNIQUE (account_id, course_id, quiz_id, attempt_number)
);
CREATE INDEX attempt_account_idx ON attempt (account_id, started_at);
CREATE INDEX attempt_due_idx ON attempt (state, deadline);
CREATE INDEX attempt_quiz_idx ON attempt (quiz_id, state);

CREATE TABLE attempt_slot (
    id BIGINT PRIMARY KEY,
    attempt_id BIGINT NOT NULL REFERENCES attempt (id),
    slot_number INTEGER NOT NULL,
    question_version_id BIGINT NOT NULL REFERENCES question_version (id),
    key_version_id BIGINT REFERENCES question_version (id),
    display_order VARCHAR(4000) NOT NULL,
    response VARCHAR(8000),
    state VARCHAR(16) NOT NULL,
    fraction DOUBLE PRECISION,
    mark DOUBLE PRECISION,
    step_count INTEGER NOT NULL,
    CONSTRAINT attempt_slot_uk UNIQUE (attempt_id, slot_number)
);

-- Append-only: every save, grading and regrading of a slot, with the raw response.
CREATE TABLE slot_step (
    id BIGINT PRIMARY KEY,
    slot_id BIGINT NOT NULL REFERENCES attempt_slot (id),
    sequence_number INTEGER NOT NULL,
    action VARCHAR(10) NOT NULL,
    state VARCHAR(16) NOT NULL,
    taken_at TIMESTAMP NOT NULL,
    response VARCHAR(8000),
    fraction DOUBLE PRECISION,
    mark DOUBLE PRECISION,
    key_content_version VARCHAR(32),
    CONSTRAINT slot_step_uk UNIQUE (slot_id, sequence_number)
);

-- Every grade an attempt received: a regrade adds one, the first stays.
CREATE TABLE attempt_grade (
    id BIGINT PRIMARY KEY,
    attempt_id BIGINT NOT NULL REFERENCES attempt (id),
    sequence_number INTEGER NOT NULL,
    reason VARCHAR(10) NOT NULL,
    graded_at TIMESTAMP NOT NULL,
    key_content_version VARCHAR(32) NOT NULL,
    marks DOUBLE PRECISION NOT NULL,
    percent DOUBLE PRECISION NOT NULL,
    passed BOOLEAN NOT NULL,
    CONSTRAINT attempt_grade_uk UNIQUE (attempt_id, sequence_number)
);

-- Running totals for item analysis. The quiz row is updated first in every grading transaction:
-- its row lock makes gradings of one quiz take turns, so item rows can be created safely.
CREATE TABLE quiz_statistics (
    quiz_id VARCHAR(100) PRIMARY KEY,
    attempts BIGINT NOT NULL,
    passed BIGINT NOT NULL,
    sum_percent DOUBLE PRECISION NOT NULL,
    sum_percent_sq DOUBLE PRECISION NOT NULL
);

-- Per item: n, the sums of the item's fraction x and of the rest-of-attempt score y, and of their
-- squares and product: enough for facility (mean x) and discrimination (correlation of x and y).
CREATE TABLE item_statistics (
    quiz_id VARCHAR(100) NOT NULL,
    question_id VARCHAR(100) NOT NULL,
    area VARCHAR(100) NOT NULL,
    question_type VARCHAR(12) NOT NULL,
    responses BIGINT NOT NULL,
    answered BIGINT NOT NULL,
    sum_x DOUBLE PRECISION NOT NULL,
    sum_xx DOUBLE PRECISION NOT NULL,
    sum_y DOUBLE PRECISION NOT NULL,
    sum_yy DOUBLE PRECISION NOT NULL,
    sum_xy DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (quiz_id, question_id)
);

-- How often each option (true/false, item@position, left>right) was given.
CREATE TABLE choice_statistics (
    quiz_id VARCHAR(100) NOT NULL,
    question_id VARCHAR(100) NOT NULL,
    choice_key VARCHAR(250) NOT NULL,
    chosen BIGINT NOT NULL,
    PRIMARY KEY (quiz_id, question_id, choice_key)
);
