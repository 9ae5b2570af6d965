package org.facilitatoracademy.catalog.infrastructure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * A lesson's Markdown laid out as lines of print at one type size: headings and strong text in
 * bold, lists with their markers and indents, everything else as plain paragraphs. Raw HTML in the
 * lesson (such as a disclosure element) keeps only its text. Laying out is separate from drawing,
 * so the document can try smaller sizes until the whole lesson fits its page.
 */
final class PrintLayout {

  /** The regular and the bold face. */
  record Fonts(PDFont regular, PDFont bold) {}

  /** A stretch of text in one face. */
  record Run(String text, boolean bold) {}

  enum Kind {
    TITLE(1.7f, 0f),
    HEADING(1.25f, 0.7f),
    PARAGRAPH(1f, 0.35f),
    ITEM(1f, 0.15f),
    RULE(1f, 0.35f);

    final float scale;
    final float spaceBefore;

    Kind(float scale, float spaceBefore) {
      this.scale = scale;
      this.spaceBefore = spaceBefore;
    }
  }

  /** A heading, paragraph or list item; {@code depth} is its indent, {@code marker} its bullet. */
  record Block(Kind kind, List<Run> runs, int depth, String marker) {}

  private record Piece(String text, PDFont font, float size, float x) {}

  private record Line(float y, List<Piece> pieces) {}

  private static final Parser PARSER =
      Parser.builder().extensions(List.of(TablesExtension.create())).build();
  private static final float LEADING = 1.3f;
  private static final float INDENT = 1.4f;

  private final List<Line> lines;
  private final float height;

  private PrintLayout(List<Line> lines, float height) {
    this.lines = lines;
    this.height = height;
  }

  /** The lesson as blocks: its title, then its Markdown. */
  static List<Block> blocks(String title, String markdown) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block(Kind.TITLE, List.of(new Run(title, true)), 0, ""));
    collect(PARSER.parse(markdown), 0, blocks);
    return blocks;
  }

  private static void collect(Node parent, int depth, List<Block> blocks) {
    collectFrom(parent.getFirstChild(), depth, blocks);
  }

  /** The blocks of {@code first} and every sibling after it. */
  private static void collectFrom(Node first, int depth, List<Block> blocks) {
    for (Node node = first; node != null; node = node.getNext()) {
      if (node instanceof Heading) {
        blocks.add(new Block(Kind.HEADING, inline(node, true), depth, ""));
      } else if (node instanceof Paragraph) {
        blocks.add(new Block(Kind.PARAGRAPH, inline(node, false), depth, ""));
      } else if (node instanceof BulletList || node instanceof OrderedList) {
        list(node, depth, blocks);
      } else if (node instanceof BlockQuote) {
        collect(node, depth + 1, blocks);
      } else if (node instanceof ThematicBreak) {
        blocks.add(new Block(Kind.RULE, List.of(), depth, ""));
      } else if (node instanceof FencedCodeBlock code) {
        literal(code.getLiteral(), depth, blocks);
      } else if (node instanceof IndentedCodeBlock code) {
        literal(code.getLiteral(), depth, blocks);
      } else if (node instanceof HtmlBlock html) {
        literal(html.getLiteral().replaceAll("<[^>]*>", " "), depth, blocks);
      } else if (node instanceof TableRow) {
        blocks.add(new Block(Kind.PARAGRAPH, row(node), depth, ""));
      } else {
        collect(node, depth, blocks);
      }
    }
  }

  private static void list(Node list, int depth, List<Block> blocks) {
    int number = list instanceof OrderedList ordered ? numberOf(ordered) : 0;
    for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
      if (!(item instanceof ListItem)) {
        continue;
      }
      String marker = list instanceof OrderedList ? (number++) + "." : "•";
      Node first = item.getFirstChild();
      if (first instanceof Paragraph) {
        blocks.add(new Block(Kind.ITEM, inline(first, false), depth + 1, marker));
        first = first.getNext();
      } else {
        blocks.add(new Block(Kind.ITEM, List.of(), depth + 1, marker));
      }
      collectFrom(first, depth + 1, blocks);
    }
  }

  private static int numberOf(OrderedList list) {
    Integer start = list.getMarkerStartNumber();
    return start == null ? 1 : start;
  }

  private static void literal(String text, int depth, List<Block> blocks) {
    for (String line : text.strip().split("\\R")) {
      if (!line.isBlank()) {
        blocks.add(new Block(Kind.PARAGRAPH, List.of(new Run(line.strip(), false)), depth, ""));
      }
    }
  }

  private static List<Run> row(Node row) {
    List<Run> runs = new ArrayList<>();
    for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
      if (!runs.isEmpty()) {
        runs.add(new Run(" · ", false));
      }
      boolean header = cell instanceof TableCell tableCell && tableCell.isHeader();
      runs.addAll(inline(cell, header));
    }
    return runs;
  }

  private static List<Run> inline(Node parent, boolean bold) {
    List<Run> runs = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNext()) {
      if (node instanceof Text text) {
        runs.add(new Run(text.getLiteral(), bold));
      } else if (node instanceof Code code) {
        runs.add(new Run(code.getLiteral(), bold));
      } else if (node instanceof SoftLineBreak) {
        runs.add(new Run(" ", bold));
      } else if (node instanceof HardLineBreak) {
        runs.add(new Run("\n", bold));
      } else {
        runs.addAll(inline(node, bold || node instanceof StrongEmphasis));
      }
    }
    return runs;
  }

  /** Lays the blocks out at {@code size} points for body text, within {@code width}. */
  static PrintLayout at(List<Block> blocks, Fonts fonts, float size, float width) {
    List<Line> lines = new ArrayList<>();
    float y = 0;
    boolean first = true;
    for (Block block : blocks) {
      float fontSize = size * block.kind().scale;
      float leading = fontSize * LEADING;
      if (!first) {
        y += size * block.kind().spaceBefore;
      }
      first = false;
      if (block.kind() == Kind.RULE) {
        y += leading;
        continue;
      }
      float indent = block.depth() * size * INDENT;
      List<List<Piece>> wrapped = wrap(block.runs(), fonts, fontSize, indent, width);
      for (int i = 0; i < wrapped.size(); i++) {
        List<Piece> pieces = new ArrayList<>(wrapped.get(i));
        if (i == 0 && !block.marker().isEmpty()) {
          // The marker ends a little before the text, right-aligned, as list numbers are set.
          String marker = printable(block.marker(), fonts.regular());
          float x = indent - size * 0.4f - width(marker, fonts.regular(), fontSize);
          pieces.add(0, new Piece(marker, fonts.regular(), fontSize, x));
        }
        y += leading;
        lines.add(new Line(y, pieces));
      }
    }
    return new PrintLayout(lines, y + size * 0.3f);
  }

  private static List<List<Piece>> wrap(
      List<Run> runs, Fonts fonts, float size, float indent, float width) {
    List<List<Piece>> lines = new ArrayList<>();
    List<Piece> line = new ArrayList<>();
    float x = indent;
    boolean pendingSpace = false;
    for (Run run : runs) {
      PDFont font = run.bold() ? fonts.bold() : fonts.regular();
      float space = width(" ", font, size);
      for (String token : run.text().split("(?<=[ \\n])|(?=[ \\n])")) {
        if (token.equals("\n")) {
          lines.add(line);
          line = new ArrayList<>();
          x = indent;
          pendingSpace = false;
        } else if (token.equals(" ")) {
          pendingSpace = !line.isEmpty();
        } else if (!token.isEmpty()) {
          String word = printable(token, font);
          float w = width(word, font, size);
          float gap = pendingSpace ? space : 0;
          if (!line.isEmpty() && x + gap + w > width) {
            lines.add(line);
            line = new ArrayList<>();
            x = indent;
            gap = 0;
          }
          line.add(new Piece(word, font, size, x + gap));
          x += gap + w;
          pendingSpace = false;
        }
      }
    }
    if (!line.isEmpty() || lines.isEmpty()) {
      lines.add(line);
    }
    return lines;
  }

  /** The text with every character the font cannot print replaced, so layout never fails. */
  private static String printable(String text, PDFont font) {
    StringBuilder out = new StringBuilder();
    text.codePoints()
        .forEach(
            cp -> {
              String ch = new String(Character.toChars(cp));
              try {
                font.encode(ch);
                out.append(ch);
              } catch (IOException | IllegalArgumentException e) {
                out.append('?');
              }
            });
    return out.toString();
  }

  private static float width(String text, PDFont font, float size) {
    try {
      return font.getStringWidth(text) / 1000 * size;
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How tall the laid-out lesson is, in points. */
  float height() {
    return height;
  }

  void draw(PDPageContentStream out, float left, float top, float bottomMargin) throws IOException {
    for (Line line : lines) {
      float baseline = top - line.y();
      if (baseline < bottomMargin * 0.5f) {
        break;
      }
      for (Piece piece : line.pieces()) {
        out.beginText();
        out.setFont(piece.font(), piece.size());
        out.newLineAtOffset(left + piece.x(), baseline);
        out.showText(piece.text());
        out.endText();
      }
    }
  }
}
