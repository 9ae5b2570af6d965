package org.facilitatoracademy.catalog.infrastructure;

import java.io.StringReader;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * Turns YAML text into a node tree, with limits that keep a hostile file from exhausting memory.
 * Content is composed, never constructed into objects: no tags can instantiate classes, and every
 * node keeps its line.
 */
final class YamlText {

  /** Enough for an author who reuses a list or two; far too few for an alias bomb. */
  static final int MAX_ALIASES = 10;

  private static final int MAX_NESTING = 30;

  private YamlText() {}

  static Optional<Node> compose(String text, FileCheck check, int lineOffset) {
    try {
      Node root = new Yaml(options()).compose(new StringReader(text));
      if (root == null) {
        check.problem(1 + lineOffset, null, "The file is empty.");
      }
      return Optional.ofNullable(root);
    } catch (MarkedYAMLException e) {
      Integer line = e.getProblemMark() == null ? null : e.getProblemMark().getLine() + 1;
      check.problem(
          line == null ? null : line + lineOffset,
          null,
          "This is not valid YAML: " + e.getProblem() + "." + hint(e.getProblem()));
      return Optional.empty();
    } catch (YAMLException e) {
      check.problem(explain(e));
      return Optional.empty();
    }
  }

  private static LoaderOptions options() {
    LoaderOptions options = new LoaderOptions();
    options.setAllowDuplicateKeys(false);
    options.setMaxAliasesForCollections(MAX_ALIASES);
    options.setAllowRecursiveKeys(false);
    options.setNestingDepthLimit(MAX_NESTING);
    options.setCodePointLimit((int) SourceFile.MAX_BYTES);
    return options;
  }

  /** The mistakes authors make most often, and how to fix them. */
  private static String hint(String problem) {
    if (problem != null && problem.contains("mapping values are not allowed")) {
      return " A text that contains ': ' must be put in quotes or written as a '>-' block.";
    }
    if (problem != null && problem.contains("Global tag is not allowed")) {
      return " Tags such as !!name have no place in content; write a plain value.";
    }
    if (problem != null && problem.contains("found character '\\t'")) {
      return " Indent with spaces, not tabs.";
    }
    return "";
  }

  private static String explain(YAMLException e) {
    String message = String.valueOf(e.getMessage());
    if (message.contains("aliases")) {
      return "The file uses more than "
          + MAX_ALIASES
          + " aliases (*name) of lists or mappings; write the content out instead of repeating"
          + " it through aliases.";
    }
    if (message.contains("code point") || message.contains("exceeds the limit")) {
      return "The file is too large; a content file may be at most 1 MB.";
    }
    return "This is not valid YAML: " + message;
  }
}
