-- Closing an account (README, "Privacy and retention"): a certificate outlives its holder's
-- account as a nameless record, and verification withholds the name. Written for both H2 2.x and
-- PostgreSQL.

-- When the holder closed their account; from then on nothing makes the certificate ACTIVE again.
ALTER TABLE certificate ADD COLUMN holder_closed_at TIMESTAMP;

-- The holder closed their account: verification shows neutral words instead of a name.
ALTER TABLE verifiable_certificate ADD COLUMN name_withheld BOOLEAN DEFAULT FALSE NOT NULL;
