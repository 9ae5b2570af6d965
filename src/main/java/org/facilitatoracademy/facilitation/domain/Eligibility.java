package org.facilitatoracademy.facilitation.domain;

import java.util.List;

/**
 * The answer of the leadership rule for one person and one duty: the credential they would serve
 * on, or why not. A refusal carries the API's stable code ({@code not-certified}, {@code
 * mentor-required}), a sentence for the coordinator and the unmet requirements.
 */
public record Eligibility(CredentialKind basis, String code, String reason, List<String> unmet) {

  public static final String NOT_CERTIFIED = "not-certified";
  public static final String MENTOR_REQUIRED = "mentor-required";

  public static Eligibility on(CredentialKind basis) {
    return new Eligibility(basis, null, null, List.of());
  }

  public static Eligibility refused(String code, String reason, List<String> unmet) {
    return new Eligibility(null, code, reason, List.copyOf(unmet));
  }

  public boolean eligible() {
    return basis != null;
  }
}
