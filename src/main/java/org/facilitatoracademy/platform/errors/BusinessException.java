package org.facilitatoracademy.platform.errors;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A request the rules of the domain refuse. It carries a stable code for programs and a message for
 * people; the API maps the kind to an HTTP status, pages show the message. Throwing it rolls the
 * transaction back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

  /** How the refusal maps onto HTTP. */
  public enum Kind {
    MALFORMED(400),
    FORBIDDEN(403),
    NOT_FOUND(404),
    CONFLICT(409),
    RULE(422),
    TOO_MANY(429);

    private final int status;

    Kind(int status) {
      this.status = status;
    }

    public int status() {
      return status;
    }
  }

  private final Kind kind;
  private final String code;
  private final List<String> unmet;

  public BusinessException(Kind kind, String code, String message) {
    this(kind, code, message, List.of());
  }

  public BusinessException(Kind kind, String code, String message, List<String> unmet) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.unmet = List.copyOf(unmet);
  }

  public static BusinessException notFound(String what) {
    return new BusinessException(Kind.NOT_FOUND, "not-found", what + " was not found.");
  }

  public static BusinessException rule(String code, String message) {
    return new BusinessException(Kind.RULE, code, message);
  }

  public static BusinessException conflict(String code, String message) {
    return new BusinessException(Kind.CONFLICT, code, message);
  }

  public static BusinessException malformed(String message) {
    return new BusinessException(Kind.MALFORMED, "malformed", message);
  }

  public Kind kind() {
    return kind;
  }

  public String code() {
    return code;
  }

  public List<String> unmet() {
    return unmet;
  }
}
