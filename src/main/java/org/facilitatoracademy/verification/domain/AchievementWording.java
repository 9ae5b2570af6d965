package org.facilitatoracademy.verification.domain;

/**
 * The public words for one credential type: neutral enough that a stranger reading a credential
 * learns what the holder may lead, and nothing about why they came to the program.
 */
public record AchievementWording(String name, String description, String criteria) {}
