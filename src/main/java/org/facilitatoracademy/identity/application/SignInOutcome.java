package org.facilitatoracademy.identity.application;

import java.util.Set;

/** What a sign-in attempt came to. Only a success carries who signed in. */
public record SignInOutcome(Result result, String publicId, Set<String> roles) {

  /** The three ways a sign-in ends. */
  public enum Result {
    SIGNED_IN,
    INVALID,
    LOCKED
  }

  public static SignInOutcome invalid() {
    return new SignInOutcome(Result.INVALID, null, Set.of());
  }

  public static SignInOutcome locked() {
    return new SignInOutcome(Result.LOCKED, null, Set.of());
  }

  public boolean signedIn() {
    return result == Result.SIGNED_IN;
  }
}
