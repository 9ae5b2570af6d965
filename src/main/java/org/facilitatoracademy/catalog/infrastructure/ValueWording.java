package org.facilitatoracademy.catalog.infrastructure;

import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * How YAML read a value, in an author's words. Most type problems come from YAML guessing a type (a
 * version read as a number, "yes" read as true), so the message says what it guessed.
 */
final class ValueWording {

  private ValueWording() {}

  /** How YAML read a value, in words, for messages. */
  static String describe(Node value) {
    if (value instanceof SequenceNode) {
      return "it is a list";
    }
    if (value instanceof MappingNode) {
      return "it holds keys and values";
    }
    ScalarNode scalar = (ScalarNode) value;
    Tag tag = scalar.getTag();
    String shown = abbreviate(scalar.getValue());
    if (tag.equals(Tag.NULL)) {
      return "it is empty";
    }
    if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
      return shown + " is read as a number";
    }
    if (tag.equals(Tag.BOOL)) {
      return shown + " is read as true or false";
    }
    if (tag.equals(Tag.STR)) {
      return "it is the text '" + shown + "'";
    }
    return shown + " carries the tag " + tag.getValue();
  }

  static String quoteHint(Node value) {
    if (value instanceof ScalarNode scalar
        && !scalar.getTag().equals(Tag.NULL)
        && !scalar.getTag().equals(Tag.STR)) {
      return " Put it in quotes if it is meant as text: \"" + abbreviate(scalar.getValue()) + "\".";
    }
    return "";
  }

  static String abbreviate(String text) {
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
