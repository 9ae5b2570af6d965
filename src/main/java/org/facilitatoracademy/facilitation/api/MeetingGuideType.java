package org.facilitatoracademy.facilitation.api;

/**
 * The meeting types our feed sends, in the Meeting Guide format's codes where one fits. The format
 * lets a feed add its own codes (importers ignore codes they do not know), provided they clash with
 * no reserved or proposed code and no language code: ours start with {@code FA-}.
 */
public enum MeetingGuideType {
  /** Open: anyone may come (every meeting of the program is). Spec code. */
  OPEN("O"),
  /** Secular: no higher power asked of anyone. Spec code. */
  SECULAR("A"),
  /** Discussion: our scripted discussion meetings. Spec code. */
  DISCUSSION("D"),
  /** Online (or hybrid): the code the 12 Step Meeting List and TSML UI use for online meetings. */
  ONLINE("ONL"),
  /** Temporarily closed. Spec code. */
  TEMPORARILY_CLOSED("TC"),
  /** Our own: a standard 4-Point meeting (about 90 minutes, led by a facilitator). */
  FOUR_POINT("FA-4POINT"),
  /** Our own: a leader with an Active credential for this kind of meeting leads it right now. */
  CERTIFIED_LEADER("FA-CERTIFIED");

  private final String code;

  MeetingGuideType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }
}
