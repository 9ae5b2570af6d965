package org.facilitatoracademy.identity.application;

/**
 * What one context holds about a person, as a section of their data export ({@code GET
 * /api/v1/me/export}). Contexts implement it as CDI beans; identity collects every implementation
 * and never depends on the contexts themselves. A section is built from the context's own records
 * and holds nothing written about other people nor for coordinators only.
 */
public interface PersonalData {

  /** The key of the section in the export, such as {@code "courses"}; unique among sections. */
  String section();

  /**
   * What is held about the account, as values JSON-B writes as they are: records, maps, lists,
   * strings, numbers, booleans, dates and instants. Called inside the export's transaction; it must
   * not audit (the export is audited once, by identity).
   */
  Object of(String accountId);
}
