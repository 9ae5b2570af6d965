package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * A lesson ends with a Try-it exercise and may hide a worked answer in a disclosure element, which
 * the sanitiser lets through with the Markdown inside rendered — and nothing else that is new.
 */
class LessonTryItTest {

  private static final String LESSON_END =
      """
      Some teaching.

      ## Try it

      Write down one urge you had this week.

      <details>
      <summary>A worked answer</summary>

      *Tuesday*, after work: a **strong** pull, about 7 out of 10.

      </details>
      """;

  @Test
  void theWorkedAnswerIsADisclosureWithItsMarkdownRendered() {
    String html = LessonRenderer.toHtml(LESSON_END);

    assertThat(html)
        .contains("<details>")
        .contains("<summary>A worked answer</summary>")
        .contains("<em>Tuesday</em>, after work: a <strong>strong</strong> pull")
        .contains("</details>");
    assertThat(html.indexOf("<summary>")).isLessThan(html.indexOf("<em>Tuesday</em>"));
    assertThat(html.indexOf("<em>Tuesday</em>")).isLessThan(html.indexOf("</details>"));
  }

  @Test
  void theTryItSectionIsWrappedToTheEndOfTheLesson() {
    String html = LessonRenderer.toHtml(LESSON_END).replace("\n", "");

    assertThat(html)
        .startsWith("<p>Some teaching.</p>")
        .contains("<section class=\"try-it\"><h2>Try it</h2>")
        .endsWith("</details></section>");
  }

  @Test
  void theTryItSectionEndsWhereTheNextSectionBegins() {
    String html =
        LessonRenderer.toHtml("## Try it\n\nList three.\n\n## Next steps\n\nRead on.\n")
            .replace("\n", "");

    assertThat(html)
        .isEqualTo(
            "<section class=\"try-it\"><h2>Try it</h2><p>List three.</p></section>"
                + "<h2>Next steps</h2><p>Read on.</p>");
  }

  @Test
  void authorsCannotOpenASectionOrSetAClassThemselves() {
    String html =
        LessonRenderer.toHtml(
            "<section class=\"try-it\">x</section>\n\n<details open onclick=\"steal()\""
                + " class=\"a\"><summary style=\"color:red\">S</summary>\n\nY\n\n</details>\n"
                + "\n<p>&lt;h2&gt;Try it&lt;/h2&gt;</p>\n");

    assertThat(html)
        .doesNotContain("<section", "class=", "onclick", "steal", "style")
        .contains("<details><summary>S</summary>");
  }
}
