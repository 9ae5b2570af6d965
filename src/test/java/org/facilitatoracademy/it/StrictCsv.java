package org.facilitatoracademy.it;

import java.util.ArrayList;
import java.util.List;

/**
 * A small, strict RFC 4180 reader written for the tests, independent of the CSV library the
 * application writes with: records end in CRLF, a quoted field doubles its quotes, a bare quote or
 * a lone line feed is an error.
 */
final class StrictCsv {

  private StrictCsv() {}

  static List<List<String>> parse(String text) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    boolean quoted = false;
    boolean fieldStarted = false;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"') {
          if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
            field.append('"');
            i += 2;
            continue;
          }
          quoted = false;
          i++;
          continue;
        }
        field.append(c);
        i++;
        continue;
      }
      switch (c) {
        case '"' -> {
          if (fieldStarted) {
            throw new IllegalArgumentException("A quote inside an unquoted field at " + i);
          }
          quoted = true;
          fieldStarted = true;
          i++;
        }
        case ',' -> {
          record.add(field.toString());
          field.setLength(0);
          fieldStarted = false;
          i++;
        }
        case '\r' -> {
          if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
            throw new IllegalArgumentException("CR without LF at " + i);
          }
          record.add(field.toString());
          records.add(record);
          record = new ArrayList<>();
          field.setLength(0);
          fieldStarted = false;
          i += 2;
        }
        case '\n' -> throw new IllegalArgumentException("A bare line feed at " + i);
        default -> {
          field.append(c);
          fieldStarted = true;
          i++;
        }
      }
    }
    if (quoted) {
      throw new IllegalArgumentException("An unterminated quoted field");
    }
    if (fieldStarted || !record.isEmpty()) {
      record.add(field.toString());
      records.add(record);
    }
    return records;
  }
}
