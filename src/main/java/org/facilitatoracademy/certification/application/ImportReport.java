package org.facilitatoracademy.certification.application;

import java.util.List;

/** What an import did: how many certificates it recorded, and each line it could not. */
public record ImportReport(int imported, List<LineError> errors) {

  /** A line that was not imported, and why. */
  public record LineError(int line, String message) {}
}
