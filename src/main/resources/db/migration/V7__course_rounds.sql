-- A course that leads to no credential of its own (the renewal refresher) is taken again in each
-- validity period: every round is an enrollment of its own with its own progress, and the latest
-- round is the one that counts. Earlier rounds stay as the record of what was done.
ALTER TABLE enrollment ADD COLUMN round_number INTEGER DEFAULT 1 NOT NULL;
ALTER TABLE enrollment DROP CONSTRAINT enrollment_account_course_uk;
ALTER TABLE enrollment ADD CONSTRAINT enrollment_account_course_round_uk
    UNIQUE (account_id, course_id, round_number);
