package org.facilitatoracademy.certification.domain;

/** The kinds of supervised practice a mentor or coordinator can sign off. */
public enum PracticumKind {
  /** The trainee watched a meeting; it names who led it. */
  OBSERVED_MEETING,
  /** The trainee led a rehearsed meeting situation with others playing participants. */
  ROLE_PLAY,
  /** The trainee co-led a real meeting; it carries the competency checklist. */
  CO_FACILITATED
}
