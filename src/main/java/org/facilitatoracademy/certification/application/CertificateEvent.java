package org.facilitatoracademy.certification.application;

import java.time.LocalDate;
import org.facilitatoracademy.certification.domain.CertificateStatus;
import org.facilitatoracademy.certification.domain.CredentialType;

/**
 * What every certificate event tells the contexts that observe it: which certificate, whose, of
 * what credential, and where it stands now. Each event adds what is particular to it.
 */
public interface CertificateEvent {

  String certificateId();

  /** The verification code, ungrouped. */
  String code();

  String accountId();

  CredentialType credential();

  CertificateStatus status();

  LocalDate issuedOn();

  LocalDate expiresOn();
}
