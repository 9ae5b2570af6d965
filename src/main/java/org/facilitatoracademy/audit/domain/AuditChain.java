package org.facilitatoracademy.audit.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/** The hash chain that makes tampering with the audit log show. */
public final class AuditChain {

  public static final String GENESIS = "0".repeat(64);

  private AuditChain() {}

  /** SHA-256 over the previous hash and every field of the event, each length-prefixed. */
  public static String hash(AuditEvent e) {
    StringBuilder canonical = new StringBuilder();
    for (String field :
        new String[] {
          e.previousHash(),
          Long.toString(e.position()),
          e.occurredAt().toString(),
          e.actor(),
          e.action(),
          e.subject(),
          e.details()
        }) {
      String value = field == null ? "" : field;
      canonical.append(value.length()).append(':').append(value).append('|');
    }
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha.digest(canonical.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e1) {
      throw new IllegalStateException(e1);
    }
  }

  /**
   * Checks a run of consecutive events. Returns the position of the first event that does not fit
   * (its stored hash is wrong, or it does not point at its predecessor), or empty.
   */
  public static Optional<Long> firstBreak(List<AuditEvent> inOrder, String hashBeforeFirst) {
    String expectedPrevious = hashBeforeFirst;
    for (AuditEvent event : inOrder) {
      if (!event.previousHash().equals(expectedPrevious)
          || !hash(event).equals(event.eventHash())) {
        return Optional.of(event.position());
      }
      expectedPrevious = event.eventHash();
    }
    return Optional.empty();
  }
}
