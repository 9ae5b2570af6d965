package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lesson HTML can be put into a page as it is: nothing in it runs or loads remote content. */
class LessonSanitisingTest {

  @TempDir Path dir;

  private String render(String markdown) {
    ContentLoadResult result =
        ContentFixture.in(dir)
            .write(
                ContentFixture.LESSON_FILE,
                "---\nid: basics-intro\ntitle: Introduction\n---\n" + markdown)
            .load();
    assertThat(result.errors()).as(ContentFixture.describe(result)).isEmpty();
    return result.snapshot().getLesson("basics-intro").html();
  }

  @Test
  void scriptsAreRemovedWithTheirContent() {
    String html =
        render("Hello <script>alert('x')</script> there.\n\n<script>\nsteal()\n</script>\n");

    assertThat(html).doesNotContain("<script", "alert", "steal").contains("Hello");
  }

  @Test
  void eventHandlersAreRemoved() {
    String html =
        render("<p onclick=\"steal()\">Text</p>\n\n<b onmouseover=\"steal()\">bold</b> and more\n");

    assertThat(html).doesNotContain("onclick", "onmouseover", "steal").contains("Text", "bold");
  }

  @Test
  void javascriptLinksLoseTheirTarget() {
    String html =
        render(
            "[click](javascript:alert(1)) and <a href=\"JavaScript:alert(2)\">this</a> and"
                + " <a href=\"vbscript:x\">that</a>\n");

    assertThat(html).doesNotContainIgnoringCase("javascript:").doesNotContain("vbscript", "alert");
    assertThat(html).contains("click", "this");
  }

  @Test
  void imagesAreDroppedSoNothingRemoteLoads() {
    String html =
        render(
            "![remote](https://tracker.example/pixel.png)\n\n"
                + "<img src=\"x\" onerror=\"alert(1)\">\n\nText.\n");

    assertThat(html).doesNotContain("<img", "onerror", "tracker.example", "alert");
  }

  @Test
  void framesStylesAndFormsAreRemoved() {
    String html =
        render(
            "<iframe src=\"https://evil.example\"></iframe>\n\n"
                + "<p style=\"position:fixed\">styled</p>\n\n"
                + "<style>body{display:none}</style>\n\n"
                + "<form action=\"https://evil.example\"><input name=\"p\"></form>\n");

    assertThat(html)
        .doesNotContain("<iframe", "evil.example", "style=", "<style", "display:none", "<form")
        .doesNotContain("<input")
        .contains("styled");
  }

  @Test
  void webAndMailLinksStayWithSafeRels() {
    String html =
        render("See [the guide](https://example.org/guide) or [mail us](mailto:a@b.org).\n");

    assertThat(html)
        .contains("href=\"https://example.org/guide\"")
        .contains("href=\"mailto:a&#64;b.org\"")
        .contains("noopener")
        .contains("noreferrer");
  }

  @Test
  void commonFormattingSurvives() {
    String html =
        render(
            """
            ## Section

            Some *emphasis*, **strength** and `code`.

            > A quoted exchange.

            1. First
            2. Second

            - A point

            | Tool | Point |
            |:-----|------:|
            | DEADS | 2 |
            """);

    assertThat(html)
        .contains("<h2>Section</h2>")
        .contains("<em>emphasis</em>", "<strong>strength</strong>", "<code>code</code>")
        .contains("<blockquote>", "<ol>", "<ul>", "<li>")
        .contains("<table>", "<th", "<td", "DEADS");
  }
}
