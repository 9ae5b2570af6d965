package org.facilitatoracademy.catalog.domain;

import java.util.List;
import java.util.Objects;

/**
 * The text of an agreement a person accepts before being certified (the code of conduct, the
 * confidentiality agreement), from {@code modules/agreements/<id>.md}. {@code version} is the
 * authors' label; when it changes, people are asked to accept the new text at their next renewal.
 * {@code html} is sanitised like a lesson's.
 */
public record AgreementText(
    String id, String title, String version, String html, String file, String contentVersion) {

  /** The agreements the certification policy names; the content must hold a text for each. */
  public static final List<String> REQUIRED = List.of("code-of-conduct", "confidentiality");

  public AgreementText {
    Objects.requireNonNull(id);
    Objects.requireNonNull(title);
    Objects.requireNonNull(version);
    Objects.requireNonNull(html);
    Objects.requireNonNull(file);
    Objects.requireNonNull(contentVersion);
  }
}
