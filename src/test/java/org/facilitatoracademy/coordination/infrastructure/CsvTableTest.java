package org.facilitatoracademy.coordination.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.facilitatoracademy.coordination.application.Export;
import org.junit.jupiter.api.Test;

class CsvTableTest {

  private static String written(Export export) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    CsvTable.write(export, out);
    return out.toString(StandardCharsets.UTF_8);
  }

  @Test
  void aTableIsWrittenAsRfc4180WithAByteOrderMarkAndCrlfLineEnds() throws IOException {
    String csv =
        written(
            new Export(
                "x.csv",
                List.of("name", "region"),
                List.of(List.of("Zoë \"Zed\", Ábaco", "North West"), List.of("Line\nbreak", ""))));

    assertThat(csv)
        .isEqualTo(
            "\uFEFFname,region\r\n\"Zoë \"\"Zed\"\", Ábaco\",North West\r\n\"Line\nbreak\",\r\n");
  }

  @Test
  void aCellThatASpreadsheetWouldRunAsAFormulaStaysText() {
    assertThat(CsvTable.inert("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
    assertThat(CsvTable.inert("+44 161")).isEqualTo("'+44 161");
    assertThat(CsvTable.inert("@SUM")).isEqualTo("'@SUM");
    assertThat(CsvTable.inert("Sam T.")).isEqualTo("Sam T.");
    assertThat(CsvTable.inert("")).isEmpty();
  }
}
