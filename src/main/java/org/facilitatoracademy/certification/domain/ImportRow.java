package org.facilitatoracademy.certification.domain;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * One person certified before the platform existed, as read from a line of an import file: {@code
 * email, displayName, region, credential, issuedOn, expiresOn}.
 */
public record ImportRow(
    int line,
    String email,
    String displayName,
    String region,
    CredentialType credential,
    LocalDate issuedOn,
    LocalDate expiresOn) {

  public static final List<String> COLUMNS =
      List.of("email", "displayName", "region", "credential", "issuedOn", "expiresOn");

  /** Why a line could not be read; the message names the column and what was wrong. */
  public static final class Problem extends Exception {
    private static final long serialVersionUID = 1L;

    public Problem(String message) {
      super(message);
    }
  }

  /** Reads and checks one line's fields. */
  public static ImportRow of(int line, List<String> fields, LocalDate today) throws Problem {
    if (fields.size() != COLUMNS.size()) {
      throw new Problem(
          "expected "
              + COLUMNS.size()
              + " values ("
              + String.join(", ", COLUMNS)
              + ") but found "
              + fields.size());
    }
    String email = fields.get(0).strip();
    if (!email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      throw new Problem("email '" + email + "' is not an email address");
    }
    String displayName = fields.get(1).strip();
    if (displayName.isEmpty() || displayName.length() > 100) {
      throw new Problem("displayName must have 1 to 100 characters");
    }
    String region = fields.get(2).strip();
    if (region.isEmpty()) {
      throw new Problem("region is empty");
    }
    CredentialType credential;
    try {
      credential = CredentialType.valueOf(fields.get(3).strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new Problem("credential '" + fields.get(3).strip() + "' is not FACILITATOR or HOST");
    }
    LocalDate issuedOn = date("issuedOn", fields.get(4));
    LocalDate expiresOn = date("expiresOn", fields.get(5));
    if (issuedOn.isAfter(today)) {
      throw new Problem("issuedOn " + issuedOn + " is in the future");
    }
    if (!expiresOn.isAfter(issuedOn)) {
      throw new Problem("expiresOn " + expiresOn + " is not after issuedOn " + issuedOn);
    }
    return new ImportRow(line, email, displayName, region, credential, issuedOn, expiresOn);
  }

  private static LocalDate date(String column, String value) throws Problem {
    try {
      return LocalDate.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new Problem(column + " '" + value.strip() + "' is not a date like 2025-04-30");
    }
  }
}
