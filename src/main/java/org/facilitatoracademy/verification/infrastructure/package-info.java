/**
 * How verification stores and signs: JPA repositories, the issuer's key ring in the data directory
 * (JOSE signing with nimbus-jose-jwt, as bundled by Payara), and the database-backed rate limit
 * that every node of a cluster shares.
 */
package org.facilitatoracademy.verification.infrastructure;
