package org.facilitatoracademy.certification.domain;

import org.facilitatoracademy.platform.errors.BusinessException;

/**
 * A coordinator's correction of the name printed on a certificate: the name before and after. The
 * holder chose the name when the certificate was issued; a correction fixes a mistake in it (a
 * typo, a name the holder asked to change), never a later rename of the account, which leaves
 * issued certificates as they are.
 */
public record NameCorrection(String before, String after) {

  /** Same limit as an account's display name, so any name a person may choose also fits here. */
  public static final int DISPLAY_NAME_MAX = 100;

  /** The name as it will be printed: trimmed, not blank, at most {@link #DISPLAY_NAME_MAX}. */
  public static String requireDisplayName(String name) {
    if (name == null || name.isBlank() || name.strip().length() > DISPLAY_NAME_MAX) {
      throw new BusinessException(
          BusinessException.Kind.MALFORMED,
          "invalid-display-name",
          "Enter a display name of at most " + DISPLAY_NAME_MAX + " characters.");
    }
    return name.strip();
  }

  /** Why the name is corrected: required, kept for coordinators only like a status reason. */
  public static String requireReason(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new BusinessException(
          BusinessException.Kind.MALFORMED,
          "reason-required",
          "Give the reason for this correction; only coordinators can read it.");
    }
    if (reason.strip().length() > StatusReason.REASON_MAX) {
      throw new BusinessException(
          BusinessException.Kind.MALFORMED,
          "reason-too-long",
          "Keep the reason to " + StatusReason.REASON_MAX + " characters.");
    }
    return reason.strip();
  }
}
