-- Quizzes passed within an enrollment, as the catalog learns of them from grading: a module
-- opens when the module before it has all lessons done and its quiz passed.
CREATE SEQUENCE quiz_pass_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE quiz_pass (
    id BIGINT PRIMARY KEY,
    enrollment_id BIGINT NOT NULL REFERENCES enrollment (id),
    quiz_id VARCHAR(100) NOT NULL,
    content_version VARCHAR(32) NOT NULL,
    score_percent INTEGER NOT NULL,
    passed_at TIMESTAMP NOT NULL,
    CONSTRAINT quiz_pass_uk UNIQUE (enrollment_id, quiz_id)
);
