package org.facilitatoracademy.certification.domain;

import java.util.Objects;
import java.util.Set;

/**
 * What one credential asks for, as the organisation configured it: a course with its exam, a number
 * of each kind of practicum entry, and the agreements.
 */
public record CredentialRequirements(
    CredentialType credential,
    String courseId,
    int observedMeetings,
    int rolePlays,
    int coFacilitatedMeetings,
    Set<Agreement> agreements) {

  public CredentialRequirements {
    Objects.requireNonNull(credential);
    Objects.requireNonNull(courseId);
    if (observedMeetings < 0 || rolePlays < 0 || coFacilitatedMeetings < 0) {
      throw new IllegalArgumentException("Practicum counts cannot be negative");
    }
    agreements = Set.copyOf(agreements);
  }
}
