package org.facilitatoracademy.catalog.infrastructure;

import java.nio.file.Path;

/** Where each kind of content lives, as paths relative to the content folder. */
final class ContentPaths {

  static final String MODULES = "modules";
  static final String QUIZZES = "quizzes";
  static final String COURSE_SUFFIX = ".course.yaml";
  static final String QUIZ_SUFFIX = ".quiz.yaml";
  static final String MODULE_FILE = "module.yaml";

  /** The folder of agreement texts inside modules/; it is not a module. */
  static final String AGREEMENTS = "agreements";

  private ContentPaths() {}

  static String courseFile(String courseId) {
    return MODULES + "/" + courseId + COURSE_SUFFIX;
  }

  static String moduleFile(String moduleId) {
    return MODULES + "/" + moduleId + "/" + MODULE_FILE;
  }

  static String quizFile(String quizId) {
    return QUIZZES + "/" + quizId + QUIZ_SUFFIX;
  }

  /** Always with forward slashes, so problems read the same on every system. */
  static String relative(Path contentDir, Path file) {
    return contentDir.relativize(file).toString().replace('\\', '/');
  }
}
