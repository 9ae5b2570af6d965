package org.facilitatoracademy.catalog.infrastructure;

/** Which course, module or quiz an item is; what a broken file falls back on is found by it. */
record ItemKey(Kind kind, String id) {

  enum Kind {
    COURSE,
    MODULE,
    QUIZ
  }

  static ItemKey course(String id) {
    return new ItemKey(Kind.COURSE, id);
  }

  static ItemKey module(String id) {
    return new ItemKey(Kind.MODULE, id);
  }

  static ItemKey quiz(String id) {
    return new ItemKey(Kind.QUIZ, id);
  }

  /** The file that holds the item's own keys. */
  String file() {
    return switch (kind) {
      case COURSE -> ContentPaths.courseFile(id);
      case MODULE -> ContentPaths.moduleFile(id);
      case QUIZ -> ContentPaths.quizFile(id);
    };
  }
}
