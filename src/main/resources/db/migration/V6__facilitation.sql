-- Meetings that regional coordinators keep, and who serves them. A duty (leader, co-leader,
-- mentor) is a row that starts and, later, ends; rows are never deleted, so the history of who
-- led a meeting on which credential stays. People are named by their account's public id only:
-- accounts and credentials belong to other contexts.

CREATE SEQUENCE meeting_seq START WITH 1 INCREMENT BY 1;
CREATE SEQUENCE leader_assignment_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE meeting (
    id BIGINT PRIMARY KEY,
    public_id VARCHAR(36) NOT NULL,
    title VARCHAR(200) NOT NULL,
    kind VARCHAR(20) NOT NULL,
    region_code VARCHAR(32) NOT NULL,
    weekday VARCHAR(9),
    start_time TIME NOT NULL,
    time_zone VARCHAR(64) NOT NULL,
    online BOOLEAN NOT NULL,
    city VARCHAR(100),
    status VARCHAR(10) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    created_by VARCHAR(36) NOT NULL,
    changed_at TIMESTAMP NOT NULL,
    lapses_checked_on DATE,
    version BIGINT NOT NULL,
    CONSTRAINT meeting_public_id_uk UNIQUE (public_id)
);
CREATE INDEX meeting_region_idx ON meeting (region_code, status);

-- The dates of a meeting that does not meet weekly.
CREATE TABLE meeting_date (
    meeting_id BIGINT NOT NULL REFERENCES meeting (id),
    meets_on DATE NOT NULL,
    PRIMARY KEY (meeting_id, meets_on)
);

CREATE TABLE leader_assignment (
    id BIGINT PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES meeting (id),
    account_id VARCHAR(36) NOT NULL,
    duty VARCHAR(10) NOT NULL,
    basis VARCHAR(20) NOT NULL,
    started_at TIMESTAMP NOT NULL,
    started_by VARCHAR(36) NOT NULL,
    ended_at TIMESTAMP,
    ended_by VARCHAR(36),
    end_reason VARCHAR(20)
);
CREATE INDEX leader_assignment_meeting_idx ON leader_assignment (meeting_id);
CREATE INDEX leader_assignment_account_idx ON leader_assignment (account_id, ended_at);
