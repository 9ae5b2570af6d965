-- Each acceptance of an agreement records the version of the text that was accepted, so that a new
-- version of the code of conduct or the confidentiality agreement is asked for again. Acceptances
-- recorded before texts were versioned have none and count as acceptances of an older version.
ALTER TABLE agreement_acceptance ADD COLUMN version VARCHAR(40);
