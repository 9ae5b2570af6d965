package org.facilitatoracademy.certification.api;

import java.util.List;
import org.facilitatoracademy.certification.domain.CredentialType;
import org.facilitatoracademy.certification.domain.RequirementCheck;
import org.facilitatoracademy.certification.domain.RequirementItem;

/** A requirement checklist: every item, whether all are met, and the codes still unmet. */
public record RequirementsDto(
    CredentialType credential, boolean met, List<String> unmet, List<RequirementItem> items) {

  static RequirementsDto of(RequirementCheck check) {
    return new RequirementsDto(check.credential(), check.met(), check.unmet(), check.items());
  }
}
