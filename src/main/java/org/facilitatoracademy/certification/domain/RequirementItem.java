package org.facilitatoracademy.certification.domain;

/**
 * One line of a requirement checklist.
 *
 * @param code stable, for programs: {@code enrolment:<course>}, {@code module:<module>}, {@code
 *     exam:<quiz>}, {@code practicum:observed-meetings}, {@code practicum:role-plays}, {@code
 *     practicum:co-facilitated-meetings}, {@code agreement:<agreement>}, and for renewal {@code
 *     renewal-window}, {@code refresher:<course>}, {@code activity-attestation}
 * @param label what the line is about, for people (a course or module title); may be empty
 * @param done how much is done, for counted requirements (otherwise 1 when met, 0 when not)
 * @param needed how much is needed
 */
public record RequirementItem(String code, String label, boolean met, int done, int needed) {

  public static RequirementItem yesNo(String code, String label, boolean met) {
    return new RequirementItem(code, label, met, met ? 1 : 0, 1);
  }

  public static RequirementItem counted(String code, int done, int needed) {
    return new RequirementItem(code, "", done >= needed, Math.min(done, needed), needed);
  }

  /** The part of the code before the colon: what kind of requirement this is. */
  public String kind() {
    int colon = code.indexOf(':');
    return colon < 0 ? code : code.substring(0, colon);
  }

  /** The part after the colon, such as the course a refresher requirement names; else empty. */
  public String subject() {
    int colon = code.indexOf(':');
    return colon < 0 ? "" : code.substring(colon + 1);
  }
}
