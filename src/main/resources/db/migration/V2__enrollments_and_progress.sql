-- What trainees did with course content. Content itself lives in files; rows here name content
-- by its ids and record the content version it was done against, so editing a course never
-- rewrites anyone's history.

CREATE SEQUENCE enrollment_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE lesson_completion_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE enrollment (
    id BIGINT PRIMARY KEY,
    account_id VARCHAR(36) NOT NULL,
    course_id VARCHAR(100) NOT NULL,
    course_content_version VARCHAR(32) NOT NULL,
    enrolled_at TIMESTAMP NOT NULL,
    last_activity_at TIMESTAMP NOT NULL,
    last_lesson_id VARCHAR(100),
    version BIGINT NOT NULL,
    CONSTRAINT enrollment_account_course_uk UNIQUE (account_id, course_id)
);

CREATE TABLE lesson_completion (
    id BIGINT PRIMARY KEY,
    enrollment_id BIGINT NOT NULL REFERENCES enrollment (id),
    module_id VARCHAR(100) NOT NULL,
    lesson_id VARCHAR(100) NOT NULL,
    content_version VARCHAR(32) NOT NULL,
    completed_at TIMESTAMP NOT NULL,
    CONSTRAINT lesson_completion_uk UNIQUE (enrollment_id, lesson_id)
);
CREATE INDEX lesson_completion_enrollment_idx ON lesson_completion (enrollment_id);
