package org.facilitatoracademy.platform.api;

/**
 * What a client sent, as an error message may quote it: trimmed, control characters shown as '?',
 * and at most a few dozen characters, so a huge or hostile value is never echoed whole.
 */
public final class Quoted {

  static final int MAX = 40;

  private Quoted() {}

  public static String of(String sent) {
    if (sent == null) {
      return "nothing";
    }
    String trimmed = sent.strip();
    StringBuilder out = new StringBuilder("'");
    int shown = Math.min(trimmed.length(), MAX);
    for (int i = 0; i < shown; i++) {
      char c = trimmed.charAt(i);
      out.append(Character.isISOControl(c) ? '?' : c);
    }
    if (trimmed.length() > MAX) {
      out.append("…' (").append(trimmed.length()).append(" characters)");
    } else {
      out.append('\'');
    }
    return out.toString();
  }

  /**
   * A message of ours that may contain what was sent (an id, a name): every word longer than any we
   * write ourselves is cut, so an 8 MB id comes back as its first characters.
   */
  public static String shortenEchoes(String message) {
    if (message == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    int i = 0;
    while (i < message.length()) {
      int end = i;
      while (end < message.length() && !Character.isWhitespace(message.charAt(end))) {
        end++;
      }
      if (end - i > MAX) {
        out.append(message, i, i + MAX).append("… (").append(end - i).append(" characters)");
      } else {
        out.append(message, i, end);
      }
      while (end < message.length() && Character.isWhitespace(message.charAt(end))) {
        out.append(message.charAt(end));
        end++;
      }
      i = end;
    }
    return out.toString();
  }
}
