package org.facilitatoracademy.certification.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a CSV import file, with their line numbers so every problem can be reported where it
 * is. Values may be quoted ("Smith, J.") with doubled quotes inside; a header line starting with
 * {@code email} is skipped, as are empty lines.
 */
public final class ImportFile {

  /** One line's values, or why they could not be split. */
  public record Line(int number, List<String> values, String problem) {}

  private ImportFile() {}

  public static List<Line> lines(String text) {
    List<Line> lines = new ArrayList<>();
    String[] raw = text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1);
    for (int i = 0; i < raw.length; i++) {
      String line = i == 0 && raw[i].startsWith("\uFEFF") ? raw[i].substring(1) : raw[i];
      if (line.isBlank()) {
        continue;
      }
      if (lines.isEmpty() && line.strip().toLowerCase(java.util.Locale.ROOT).startsWith("email")) {
        continue;
      }
      try {
        lines.add(new Line(i + 1, split(line), null));
      } catch (IllegalArgumentException e) {
        lines.add(new Line(i + 1, List.of(), e.getMessage()));
      }
    }
    return lines;
  }

  static List<String> split(String line) {
    List<String> values = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
          value.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          value.append(c);
        }
      } else if (c == '"' && value.toString().isBlank()) {
        value.setLength(0);
        quoted = true;
      } else if (c == ',') {
        values.add(value.toString());
        value.setLength(0);
      } else {
        value.append(c);
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("a quoted value is not closed");
    }
    values.add(value.toString());
    return values;
  }
}
