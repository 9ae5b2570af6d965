-- What people need to find and join a meeting, and the weeks it does not meet.
-- conference_url: the public https link of an online (or hybrid) meeting.
-- address: the venue's public address of an in-person meeting (never finer than the venue).
-- duration_minutes: how long it runs (90 for a 4-Point meeting, 60 for a discussion by default).
-- status_note: a short public note while a meeting is temporarily closed.
ALTER TABLE meeting ADD COLUMN conference_url VARCHAR(500);
ALTER TABLE meeting ADD COLUMN address VARCHAR(300);
ALTER TABLE meeting ADD COLUMN duration_minutes INTEGER;
ALTER TABLE meeting ADD COLUMN status_note VARCHAR(200);
UPDATE meeting SET duration_minutes = CASE kind WHEN 'FOUR_POINT' THEN 90 ELSE 60 END;
ALTER TABLE meeting ALTER COLUMN duration_minutes SET NOT NULL;

-- "Paused" is now called what the meeting lists call it: temporarily closed.
ALTER TABLE meeting ALTER COLUMN status SET DATA TYPE VARCHAR(20);
UPDATE meeting SET status = 'TEMPORARILY_CLOSED' WHERE status = 'PAUSED';

-- One occurrence that does not take place, with a short public note. Deleting the row restores it.
CREATE TABLE meeting_cancellation (
    meeting_id BIGINT NOT NULL REFERENCES meeting (id),
    cancelled_on DATE NOT NULL,
    note VARCHAR(200),
    cancelled_at TIMESTAMP NOT NULL,
    cancelled_by VARCHAR(36) NOT NULL,
    PRIMARY KEY (meeting_id, cancelled_on)
);
