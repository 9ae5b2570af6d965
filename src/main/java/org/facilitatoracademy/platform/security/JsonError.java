package org.facilitatoracademy.platform.security;

/** The API's error body, written by hand where JAX-RS is not involved (authentication). */
final class JsonError {

  private JsonError() {}

  static String of(String code, String message) {
    return "{\"error\":\"" + escape(code) + "\",\"message\":\"" + escape(message) + "\"}";
  }

  private static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.toString();
  }
}
