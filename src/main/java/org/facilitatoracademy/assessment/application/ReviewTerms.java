package org.facilitatoracademy.assessment.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.facilitatoracademy.assessment.domain.Attempt;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.CourseModule;
import org.facilitatoracademy.catalog.domain.Quiz;
import org.facilitatoracademy.catalog.domain.ReviewPolicy;

/**
 * What the review of one attempt may show, and the words it needs from the content: the quiz's
 * review policy as the content sets it now (so making an exam stricter also covers its earlier
 * attempts) and the text of the objectives its questions test.
 */
record ReviewTerms(ReviewPolicy policy, Map<String, String> objectiveTexts) {

  ReviewTerms {
    objectiveTexts = Map.copyOf(objectiveTexts);
  }

  /**
   * A quiz no longer in the content is reviewed by areas: without its file nobody can say its key
   * may be shown.
   */
  static ReviewTerms of(Attempt attempt, ContentSnapshot content) {
    Optional<Quiz> quiz = content.findQuiz(attempt.quizId());
    ReviewPolicy policy = quiz.map(Quiz::review).orElse(ReviewPolicy.AREAS);
    Map<String, String> texts = new HashMap<>();
    quiz.map(q -> modulesOf(q, content))
        .orElse(List.of())
        .forEach(m -> m.objectives().forEach(o -> texts.putIfAbsent(o.id(), o.text())));
    return new ReviewTerms(policy, texts);
  }

  private static List<CourseModule> modulesOf(Quiz quiz, ContentSnapshot content) {
    if (quiz.isExam()) {
      return content
          .findCourse(quiz.courseId().orElseThrow())
          .map(content::modulesOf)
          .orElse(List.of());
    }
    return content.findModule(quiz.moduleId().orElseThrow()).map(List::of).orElse(List.of());
  }

  /** The objective's words, or its id when the content no longer has it. */
  String objectiveText(String objectiveId) {
    return objectiveTexts.getOrDefault(objectiveId, objectiveId);
  }

  boolean full() {
    return policy == ReviewPolicy.FULL;
  }
}
