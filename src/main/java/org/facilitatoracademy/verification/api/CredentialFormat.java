package org.facilitatoracademy.verification.api;

import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.facilitatoracademy.platform.api.ApiError;
import org.facilitatoracademy.verification.application.SignedCredentials;

/**
 * Which form of a signed credential a client asked for: {@code ?format=jwt|ldp} wins; otherwise an
 * {@code Accept} naming JSON-LD (and not the JWT type) gets JSON-LD; anything else the VC-JWT.
 */
final class CredentialFormat {

  private CredentialFormat() {}

  /** True for JSON-LD, false for the VC-JWT, empty for a {@code format} we do not serve. */
  static Optional<Boolean> linkedData(String format, String accept) {
    if (format != null && !format.isBlank()) {
      return switch (format.strip()) {
        case "ldp" -> Optional.of(true);
        case "jwt" -> Optional.of(false);
        default -> Optional.empty();
      };
    }
    boolean asksForJsonLd =
        accept != null
            && (accept.contains(SignedCredentials.VC_LD) || accept.contains("application/ld+json"))
            && !accept.contains(SignedCredentials.VC_JWT);
    return Optional.of(asksForJsonLd);
  }

  static Response unknown() {
    return ApiError.response(400, "unknown-format", "The format must be jwt or ldp.");
  }
}
