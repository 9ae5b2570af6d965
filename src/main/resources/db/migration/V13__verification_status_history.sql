-- Verification's record of every status a certificate had and from which day, so a venue or a
-- court can ask what a certificate said on a day in the past (GET /verifications/{code}?on=).
-- Written for both H2 2.x and PostgreSQL.

CREATE SEQUENCE status_entry_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE status_entry (
    id BIGINT PRIMARY KEY,
    certificate_ref BIGINT NOT NULL REFERENCES verifiable_certificate (id),
    status VARCHAR(20) NOT NULL,
    expires_on DATE NOT NULL,
    effective_on DATE NOT NULL,
    recorded_at TIMESTAMP NOT NULL
);
CREATE INDEX status_entry_cert_idx ON status_entry (certificate_ref, effective_on);

-- Certificates verification knew before: active from their issue day, and in their present status
-- since it was last recorded. Negative ids keep these rows clear of the sequence's.
INSERT INTO status_entry (id, certificate_ref, status, expires_on, effective_on, recorded_at)
SELECT -2 * id, id, 'ACTIVE', expires_on, issued_on, updated_at
FROM verifiable_certificate;

INSERT INTO status_entry (id, certificate_ref, status, expires_on, effective_on, recorded_at)
SELECT -2 * id - 1, id, status, expires_on, CAST(updated_at AS DATE), updated_at
FROM verifiable_certificate
WHERE status <> 'ACTIVE';
