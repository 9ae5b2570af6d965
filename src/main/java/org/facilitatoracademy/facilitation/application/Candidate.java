package org.facilitatoracademy.facilitation.application;

import org.facilitatoracademy.facilitation.domain.CredentialKind;

/**
 * Someone of the region a coordinator may choose for a duty, with the credential it would rest on.
 */
public record Candidate(String accountId, String displayName, CredentialKind basis) {}
