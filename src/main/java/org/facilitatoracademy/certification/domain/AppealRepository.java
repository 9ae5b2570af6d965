package org.facilitatoracademy.certification.domain;

import java.util.List;
import java.util.Optional;

/** Where appeals are kept. */
public interface AppealRepository {

  Optional<Appeal> find(String publicId);

  /** The appeal with its row locked until the transaction ends (see the application's). */
  Optional<Appeal> findForUpdate(String publicId);

  /** Appeals of a region (all regions when null), optionally of one status, oldest first. */
  List<Appeal> inRegion(String region, Appeal.Status status);

  List<Appeal> ofAppellant(String appellantId);

  /** An open appeal about this application or certificate, if any. */
  Optional<Appeal> openAbout(String subjectId);

  Appeal store(Appeal appeal);
}
