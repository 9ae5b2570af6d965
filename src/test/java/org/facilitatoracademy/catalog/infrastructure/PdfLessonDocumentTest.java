package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.facilitatoracademy.catalog.domain.Lesson;
import org.junit.jupiter.api.Test;

/** A printable lesson downloads as one A4 page holding all of its text, however long it is. */
class PdfLessonDocumentTest {

  private final PdfLessonDocument document = new PdfLessonDocument();

  private static Lesson printable(String title, String markdown) {
    return new Lesson(
        "card", title, Optional.empty(), "m", "m/01-card.md", "", "v", true, markdown);
  }

  private static String crisisCard() throws IOException {
    try (InputStream in =
        PdfLessonDocumentTest.class.getResourceAsStream("/printable/06-crisis-card.md")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return text.substring(text.indexOf("---", 3) + 4);
    }
  }

  /** The text of the PDF and the smallest type size on it. */
  private record Printed(int pages, PDRectangle size, String text, float smallest) {}

  private static Printed read(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      float[] smallest = {Float.MAX_VALUE};
      PDFTextStripper stripper =
          new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
              smallest[0] = Math.min(smallest[0], text.getFontSizeInPt());
              super.processTextPosition(text);
            }
          };
      return new Printed(
          doc.getNumberOfPages(),
          doc.getPage(0).getMediaBox(),
          stripper.getText(doc).replaceAll("\\s+", " "),
          smallest[0]);
    }
  }

  @Test
  void theCrisisCardIsOneA4PageWithEveryLineOnIt() throws IOException {
    Printed printed = read(document.render(printable("Crisis card", crisisCard())));

    assertThat(printed.pages()).isEqualTo(1);
    assertThat(printed.size().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
    assertThat(printed.size().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
    assertThat(printed.text())
        .startsWith("Crisis card")
        .contains("• Ask directly: \"Are you thinking about killing yourself?\"")
        .contains("1. Call emergency services first.")
        .contains("Emergency services · Danger to life, now")
        .endsWith("Your coordinator · Every crisis, the same day ");
  }

  @Test
  void aShortLessonPrintsAtTheLargestSize() throws IOException {
    Printed printed = read(document.render(printable("Short", "One line of text.")));

    assertThat(printed.smallest()).isEqualTo(PdfLessonDocument.LARGEST);
  }

  @Test
  void aLongLessonShrinksItsTypeUntilItFitsOnePage() throws IOException {
    StringBuilder markdown = new StringBuilder();
    for (int i = 1; i <= 60; i++) {
      markdown.append("Paragraph ").append(i).append(" tells one more thing to remember. ");
      markdown.append("It runs to a second line so the page fills faster than it would.\n\n");
    }

    Printed printed = read(document.render(printable("Long", markdown.toString())));

    assertThat(printed.pages()).isEqualTo(1);
    assertThat(printed.smallest()).isLessThan(PdfLessonDocument.LARGEST);
    Matcher last = Pattern.compile("Paragraph (\\d+)").matcher(printed.text());
    int count = 0;
    while (last.find()) {
      count++;
    }
    assertThat(count).as("every paragraph is on the page").isEqualTo(60);
  }

  @Test
  void charactersTheFontLacksPrintAsAQuestionMarkInsteadOfFailing() throws IOException {
    Printed printed = read(document.render(printable("Card", "Call \uD83D\uDCDE 999 now.")));

    assertThat(printed.text()).contains("Call ? 999 now.");
  }
}
