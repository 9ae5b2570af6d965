-- The moment the current validity period began (issue or renewal). The day alone is not enough:
-- a refresher passed in the morning and used for a renewal that afternoon must not count again
-- for the next renewal. Certificates from before this column use the start of period_start.
ALTER TABLE certificate ADD COLUMN period_started_at TIMESTAMP;
