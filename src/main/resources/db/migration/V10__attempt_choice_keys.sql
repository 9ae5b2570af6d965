-- Every attempt shows its own ids for options, order items and match sides (README, "Quizzes and
-- attempts"): an HMAC of the authored id under this secret, random per attempt. Attempts started
-- before this column existed get their secret from the application the next time they are read,
-- under the attempt's lock; a random secret cannot be made portably in SQL for both H2 2.x and
-- PostgreSQL, and one derived from stored data would be guessable.
ALTER TABLE attempt ADD COLUMN choice_key VARCHAR(64);
