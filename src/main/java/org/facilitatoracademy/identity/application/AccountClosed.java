package org.facilitatoracademy.identity.application;

import java.time.Instant;

/**
 * A person closed their account. Fired inside the closing transaction and observed there with a
 * plain {@code @Observes}: each context applies its retention rule (README, "Privacy and
 * retention") in that same transaction, so a closure either erases everything or, if any context
 * fails, nothing at all and the person can try again. After-commit observers would leave the
 * account closed but its data behind, with nobody left to ask for the erasure again.
 *
 * @param accountId the closed account's public id
 */
public record AccountClosed(String accountId, Instant closedAt) {}
