-- One-time offers of a credential to a holder's wallet (a VC-API exchange with DID
-- authentication). exchange_digest is the SHA-256 of the exchange id that the offer's link
-- carries, so the table alone does not let anyone follow an offer. Written for H2 2.x and
-- PostgreSQL.

CREATE SEQUENCE wallet_offer_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE wallet_offer (
    id BIGINT PRIMARY KEY,
    exchange_digest VARCHAR(64) NOT NULL,
    challenge VARCHAR(64) NOT NULL,
    certificate_ref BIGINT NOT NULL REFERENCES verifiable_certificate (id),
    holder_id VARCHAR(36) NOT NULL,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    wallet_did VARCHAR(200),
    version BIGINT NOT NULL,
    CONSTRAINT wallet_offer_exchange_uk UNIQUE (exchange_digest)
);
CREATE INDEX wallet_offer_holder_idx ON wallet_offer (holder_id, created_at);
