package org.facilitatoracademy.catalog.infrastructure;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.facilitatoracademy.catalog.domain.ContentLoadResult;
import org.facilitatoracademy.catalog.domain.ContentProblem;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;

/**
 * A small, valid content folder written into a test's temporary directory: one course with one
 * module (one lesson), the module's quiz, the course's exam and the two agreement texts. Rule tests
 * replace one file with a malformed version and look for the problem it must cause.
 */
final class ContentFixture {

  static final String COURSE_FILE = "modules/demo.course.yaml";
  static final String MODULE_FILE = "modules/basics/module.yaml";
  static final String LESSON_FILE = "modules/basics/01-intro.md";
  static final String QUIZ_FILE = "quizzes/basics.quiz.yaml";
  static final String EXAM_FILE = "quizzes/demo-exam.quiz.yaml";
  static final String CONDUCT_FILE = "modules/agreements/code-of-conduct.md";
  static final String CONFIDENTIALITY_FILE = "modules/agreements/confidentiality.md";

  static final String CONDUCT =
      """
      ---
      id: code-of-conduct
      title: Code of conduct
      version: "2026.1"
      ---
      I lead as a **peer**.
      """;

  static final String CONFIDENTIALITY =
      """
      ---
      id: confidentiality
      title: Confidentiality
      version: "2026.1"
      ---
      What is said stays in the meeting, within its limits.
      """;

  static final String COURSE =
      """
      id: demo
      title: Demo course
      version: "2026.1"
      credential: FACILITATOR
      description: A course to test the loader with.
      modules:
        - basics
      exam: demo-exam
      """;

  static final String MODULE =
      """
      id: basics
      title: Basics
      area: program
      minutes: 10
      objectives:
        - id: basics-purpose
          text: Say what the program is for.
        - id: basics-format
          text: Describe the meeting format.
      """;

  static final String LESSON =
      """
      ---
      id: basics-intro
      title: Introduction
      minutes: 5
      ---
      The program helps people **change**.
      """;

  /** The header of the module quiz; a test appends its own questions. */
  static final String QUIZ_HEADER =
      """
      id: basics
      title: Basics quiz
      module: basics
      passMark: 80
      questions:
      """;

  /** A valid single-choice question, as list entry lines of {@link #QUIZ_HEADER}. */
  static final String SINGLE_QUESTION =
      """
        - id: purpose
          type: single
          area: program
          objective: basics-purpose
          text: What is the program for?
          options:
            - { id: a, text: Support, correct: true }
            - { id: b, text: Therapy }
          explanation: It is mutual support, not therapy.
      """;

  static final String TRUEFALSE_QUESTION =
      """
        - id: peers
          type: truefalse
          objective: basics-format
          text: Facilitators are peers.
          answer: true
          explanation: They are.
      """;

  static final String EXAM =
      """
      id: demo-exam
      title: Demo exam
      course: demo
      passMark: 80
      maxAttempts: 3
      minDaysBetweenAttempts: 7
      lockDays: 180
      questions:
        - id: exam-purpose
          type: truefalse
          objective: basics-purpose
          scenario: true
          text: The program is mutual support.
          answer: true
          explanation: It is.
      """;

  private final Path root;

  private ContentFixture(Path root) {
    this.root = root;
  }

  /** Writes the valid content set into {@code root}. */
  static ContentFixture in(Path root) {
    ContentFixture fixture = new ContentFixture(root);
    fixture.write(COURSE_FILE, COURSE);
    fixture.write(MODULE_FILE, MODULE);
    fixture.write(LESSON_FILE, LESSON);
    fixture.write(QUIZ_FILE, QUIZ_HEADER + SINGLE_QUESTION + TRUEFALSE_QUESTION);
    fixture.write(EXAM_FILE, EXAM);
    fixture.write(CONDUCT_FILE, CONDUCT);
    fixture.write(CONFIDENTIALITY_FILE, CONFIDENTIALITY);
    return fixture;
  }

  Path root() {
    return root;
  }

  ContentFixture write(String relativePath, String text) {
    return writeBytes(relativePath, text.getBytes(StandardCharsets.UTF_8));
  }

  ContentFixture writeBytes(String relativePath, byte[] bytes) {
    try {
      Path file = root.resolve(relativePath);
      Files.createDirectories(file.getParent());
      Files.write(file, bytes);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Replaces the module quiz with one holding only the given question lines. */
  ContentFixture quizWith(String questions) {
    return write(QUIZ_FILE, QUIZ_HEADER + questions);
  }

  ContentFixture delete(String relativePath) {
    try {
      Files.delete(root.resolve(relativePath));
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  ContentLoadResult load() {
    return load(ContentSnapshot.empty());
  }

  ContentLoadResult load(ContentSnapshot previous) {
    return new ContentLoader().load(root, previous);
  }

  /** Asserts that loading reports a problem in {@code file} on {@code line} saying {@code text}. */
  static void assertProblem(ContentLoadResult result, String file, Integer line, String text) {
    assertThat(result.errors())
        .as("problems reported")
        .anySatisfy(
            problem -> {
              assertThat(problem.file()).isEqualTo(file);
              assertThat(problem.line()).isEqualTo(line);
              assertThat(problem.message()).contains(text);
            });
  }

  /** As {@link #assertProblem}, for problems located by key rather than by line. */
  static void assertProblemAtKey(ContentLoadResult result, String file, String key, String text) {
    assertThat(result.errors())
        .as("problems reported")
        .anySatisfy(
            problem -> {
              assertThat(problem.file()).isEqualTo(file);
              assertThat(problem.key()).isEqualTo(key);
              assertThat(problem.message()).contains(text);
            });
  }

  static String describe(ContentLoadResult result) {
    return String.join("\n", result.errors().stream().map(ContentProblem::describe).toList());
  }
}
