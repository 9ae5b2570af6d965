package org.facilitatoracademy.coordination.infrastructure;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.facilitatoracademy.coordination.application.Export;

/**
 * Writes an export as RFC 4180 CSV in UTF-8: CRLF line ends, fields with commas, quotes or line
 * breaks quoted and quotes doubled, a header row. It starts with a byte order mark, without which
 * common spreadsheets read the file in the machine's legacy encoding and garble accented names.
 */
public final class CsvTable {

  public static final String MEDIA_TYPE = "text/csv; charset=UTF-8";
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private CsvTable() {}

  /**
   * A cell a spreadsheet would run as a formula (a name typed as "=HYPERLINK(...)") is kept as text
   * by a leading apostrophe, the usual guard against formula injection.
   */
  static String inert(String cell) {
    if (!cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0) {
      return "'" + cell;
    }
    return cell;
  }

  public static void write(Export export, OutputStream out) throws IOException {
    Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
    writer.write(BYTE_ORDER_MARK);
    CSVFormat format =
        CSVFormat.RFC4180.builder().setHeader(export.header().toArray(String[]::new)).get();
    try (CSVPrinter printer = new CSVPrinter(writer, format)) {
      for (var row : export.rows()) {
        printer.printRecord(row.stream().map(CsvTable::inert).toList());
      }
      printer.flush();
    }
  }
}
