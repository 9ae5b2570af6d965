package org.facilitatoracademy.catalog.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.facilitatoracademy.catalog.domain.Lesson;
import org.facilitatoracademy.catalog.domain.LessonDocument;

/**
 * A printable lesson on one A4 page, laid out from its Markdown by {@link PrintLayout}. The type
 * starts at a comfortable size and shrinks step by step until the lesson fits, because a crisis
 * card that runs onto a second sheet is one that gets lost. Fonts are embedded (DejaVu Sans,
 * subset), so any text prints as written.
 */
@ApplicationScoped
public class PdfLessonDocument implements LessonDocument {

  static final PDRectangle PAGE = PDRectangle.A4;
  static final float MARGIN = 40;
  static final float LARGEST = 12;
  static final float SMALLEST = 5;
  private static final float STEP = 0.25f;
  private static final String FONTS = "/org/facilitatoracademy/shared/fonts/";

  @Override
  public byte[] render(Lesson lesson) {
    try (PDDocument pdf = new PDDocument()) {
      PDPage page = new PDPage(PAGE);
      pdf.addPage(page);
      PrintLayout.Fonts fonts =
          new PrintLayout.Fonts(font(pdf, "DejaVuSans.ttf"), font(pdf, "DejaVuSans-Bold.ttf"));
      List<PrintLayout.Block> blocks = PrintLayout.blocks(lesson.title(), lesson.markdown());
      float width = PAGE.getWidth() - 2 * MARGIN;
      float height = PAGE.getHeight() - 2 * MARGIN;
      float size = LARGEST;
      PrintLayout layout = PrintLayout.at(blocks, fonts, size, width);
      while (layout.height() > height && size > SMALLEST) {
        size -= STEP;
        layout = PrintLayout.at(blocks, fonts, size, width);
      }
      try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
        layout.draw(out, MARGIN, PAGE.getHeight() - MARGIN, MARGIN);
      }
      pdf.getDocumentInformation().setTitle(lesson.title());
      ByteArrayOutputStream bytes = new ByteArrayOutputStream();
      pdf.save(bytes);
      return bytes.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("The lesson " + lesson.id() + " could not be laid out", e);
    }
  }

  private static PDFont font(PDDocument pdf, String file) throws IOException {
    try (InputStream in = PdfLessonDocument.class.getResourceAsStream(FONTS + file)) {
      if (in == null) {
        throw new IOException("Font " + file + " is missing from the application");
      }
      return PDType0Font.load(pdf, in);
    }
  }
}
