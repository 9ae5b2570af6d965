package org.facilitatoracademy.catalog.infrastructure;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * Markdown to HTML that is safe to put into a page. Authors may write raw HTML in Markdown, so the
 * rendered HTML goes through an allow-list: text formatting, headings, lists, tables, quotes and
 * code survive; scripts, event handlers, styles, frames and images do not (an image would load
 * remote content into a learner's browser); links keep only http, https and mailto.
 *
 * <p>A lesson may end with a {@code ## Try it} section and hide a worked answer in {@code
 * <details><summary>…</summary> … </details>}: the browser's own disclosure, which opens with the
 * keyboard and needs no script. The section is wrapped in {@code <section class="try-it">} after
 * sanitising, so that authors cannot put classes of their own into the page.
 */
final class LessonRenderer {

  private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  private static final HtmlRenderer RENDERER =
      HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "hr",
              "h1",
              "h2",
              "h3",
              "h4",
              "h5",
              "h6",
              "strong",
              "em",
              "b",
              "i",
              "del",
              "s",
              "code",
              "pre",
              "blockquote",
              "ul",
              "ol",
              "li",
              "table",
              "thead",
              "tbody",
              "tr",
              "th",
              "td",
              "a",
              "details",
              "summary")
          .allowAttributes("href")
          .onElements("a")
          .allowUrlProtocols("http", "https", "mailto")
          .requireRelsOnLinks("noopener", "noreferrer", "nofollow")
          .allowAttributes("start")
          .matching(Pattern.compile("\\d{1,4}"))
          .onElements("ol")
          .allowAttributes("align")
          .matching(true, "left", "center", "right")
          .onElements("th", "td")
          .allowAttributes("class")
          .matching(Pattern.compile("language-[A-Za-z0-9_+#-]{1,30}"))
          .onElements("code")
          .toFactory();

  private LessonRenderer() {}

  /**
   * The heading of a Try-it section as the sanitiser writes it. The sanitiser escapes every {@code
   * <} of text, so in its output this can only be a real heading.
   */
  private static final Pattern TRY_IT =
      Pattern.compile("<h2>\\s*Try it\\s*</h2>", Pattern.CASE_INSENSITIVE);

  private static final Pattern NEXT_SECTION = Pattern.compile("<h[12]>");

  static String toHtml(String markdown) {
    return withTryItSection(POLICY.sanitize(RENDERER.render(PARSER.parse(markdown))));
  }

  /** Wraps the Try-it heading and what follows it, up to the next section, in a section. */
  private static String withTryItSection(String html) {
    Matcher heading = TRY_IT.matcher(html);
    if (!heading.find()) {
      return html;
    }
    Matcher next = NEXT_SECTION.matcher(html);
    int end = next.find(heading.end()) ? next.start() : html.length();
    return html.substring(0, heading.start())
        + "<section class=\"try-it\">"
        + html.substring(heading.start(), end)
        + "</section>"
        + html.substring(end);
  }
}
