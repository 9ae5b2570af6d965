package org.facilitatoracademy.assessment.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.facilitatoracademy.catalog.domain.MatchPair;
import org.facilitatoracademy.catalog.domain.Option;
import org.facilitatoracademy.catalog.domain.OrderItem;
import org.facilitatoracademy.catalog.domain.Question;
import org.facilitatoracademy.catalog.domain.QuestionType;
import org.facilitatoracademy.catalog.domain.Quiz;

/** Small questions and quizzes of every type, built as the content loader would build them. */
final class Questions {

  static final Instant T0 = Instant.parse("2026-11-02T09:00:00Z");

  private Questions() {}

  static Question single(String id) {
    return new Question(
        id,
        QuestionType.SINGLE,
        Optional.of("urges"),
        Optional.empty(),
        false,
        1,
        "What does the first D in DEADS stand for?",
        List.of(
            new Option("a", "Deny or delay", true),
            new Option("b", "Discuss", false),
            new Option("c", "Decide", false)),
        Optional.empty(),
        List.of(),
        List.of(),
        "Deny or delay: put off acting on the urge.");
  }

  /** Three correct options (a, b, c) and two incorrect (d, e). */
  static Question multiple(String id) {
    return new Question(
        id,
        QuestionType.MULTIPLE,
        Optional.of("program"),
        Optional.empty(),
        false,
        2,
        "Which approaches do the methods draw on?",
        List.of(
            new Option("a", "CBT", true),
            new Option("b", "REBT", true),
            new Option("c", "Motivational interviewing", true),
            new Option("d", "Psychoanalysis", false),
            new Option("e", "Twelve steps", false)),
        Optional.empty(),
        List.of(),
        List.of(),
        "CBT, REBT and MI.");
  }

  static Question trueFalse(String id, boolean answer) {
    return new Question(
        id,
        QuestionType.TRUEFALSE,
        Optional.of("urges"),
        Optional.empty(),
        false,
        1,
        "An urge passes if you do not act on it.",
        List.of(),
        Optional.of(answer),
        List.of(),
        List.of(),
        "Urges rise, peak and fall.");
  }

  /** Items authored in their correct order: A, B, C, D. */
  static Question order(String id) {
    return new Question(
        id,
        QuestionType.ORDER,
        Optional.of("meeting"),
        Optional.empty(),
        false,
        1,
        "Put the parts of a meeting in order.",
        List.of(),
        Optional.empty(),
        List.of(
            OrderItem.of("Check-in"),
            OrderItem.of("Agenda setting"),
            OrderItem.of("Working time"),
            OrderItem.of("Check-out")),
        List.of(),
        "Check-in, agenda, working time, check-out.");
  }

  static Question match(String id) {
    return new Question(
        id,
        QuestionType.MATCH,
        Optional.of("program"),
        Optional.empty(),
        false,
        1,
        "Match each tool to its point.",
        List.of(),
        Optional.empty(),
        List.of(),
        List.of(
            MatchPair.of("DISARM", "Coping with urges"),
            MatchPair.of("Hierarchy of Values", "Building motivation"),
            MatchPair.of("ABC", "Managing thoughts"),
            MatchPair.of("Lifestyle pie", "Living a balanced life")),
        "Each tool belongs to one point.");
  }

  static Quiz quiz(String id, int passMark, List<Question> questions) {
    return new Quiz(
        id,
        "Quiz " + id,
        Optional.of("module-" + id),
        Optional.empty(),
        passMark,
        3,
        Optional.of(7),
        0,
        Optional.of(20),
        Optional.empty(),
        questions,
        "v1-" + id);
  }

  static String itemId(String text) {
    return OrderItem.of(text).id();
  }
}
