package org.facilitatoracademy.certification.domain;

import java.util.List;

/** Where acceptances of agreements are kept. */
public interface AgreementRepository {

  /** Every acceptance of the person, newest first. */
  List<AgreementAcceptance> of(String accountId);

  AgreementAcceptance store(AgreementAcceptance acceptance);
}
