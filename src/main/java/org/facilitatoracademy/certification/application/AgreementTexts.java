package org.facilitatoracademy.certification.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import org.facilitatoracademy.catalog.application.ContentCatalog;
import org.facilitatoracademy.catalog.domain.AgreementText;
import org.facilitatoracademy.certification.domain.Agreement;

/**
 * The texts of the agreements as the catalog has them live: what a person reads before accepting,
 * and the version an acceptance must be of to count.
 */
@ApplicationScoped
class AgreementTexts {

  @Inject private ContentCatalog content;

  Optional<AgreementText> text(Agreement agreement) {
    return content.agreementText(agreement.code());
  }

  /** Empty when the content has no text of the agreement, so nothing can be accepted. */
  Optional<String> currentVersion(Agreement agreement) {
    return text(agreement).map(AgreementText::version);
  }
}
