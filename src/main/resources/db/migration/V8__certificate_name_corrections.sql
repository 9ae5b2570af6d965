-- A coordinator's correction of the name printed on a certificate is kept with the reasons of
-- status changes, in the coordinator-only record: the names before and after, beside the reason.
-- Both stay empty for a status change.
ALTER TABLE certificate_status_reason ADD COLUMN name_before VARCHAR(100);
ALTER TABLE certificate_status_reason ADD COLUMN name_after VARCHAR(100);
