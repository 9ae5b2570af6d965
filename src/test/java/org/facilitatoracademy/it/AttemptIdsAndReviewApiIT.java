package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.CourseModule;
import org.facilitatoracademy.catalog.domain.Objective;
import org.facilitatoracademy.catalog.domain.Quiz;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A certificate must mean its holder knows the program, so nothing an attempt shows may carry the
 * key from one attempt to the next: every option, item and side id is made for its attempt, and an
 * exam's review tells areas and objectives, never answers. Every quiz of the repository is taken
 * once (by finishing each course), so a quiz added or rewritten later is covered too.
 */
class AttemptIdsAndReviewApiIT {

  private static final String ISSUED_ID = "[A-Za-z0-9_-]{16}";
  private static final List<String> COURSES = List.of("facilitator", "host", "renewal-refresher");

  private static TestServer server;

  /** Each quiz's first attempt, as started and as graded, and who took it. */
  private record Taken(Api taker, JsonNode started, JsonNode result) {
    String id() {
      return started.path("attemptId").asText();
    }
  }

  private static final Map<String, Taken> TAKEN = new LinkedHashMap<>();

  @BeforeAll
  static void takeEveryQuiz() {
    server = TestServer.shared();
    for (String course : COURSES) {
      String email = Accounts.createTrainee(server, "every-quiz-" + course, Trainees.PASSWORD);
      Api trainee = Trainees.api(server, email);
      CourseCompleter.complete(
          trainee,
          course,
          (started, result) ->
              TAKEN.putIfAbsent(
                  started.path("quizId").asText(), new Taken(trainee, started, result)));
    }
  }

  private static List<String> quizFiles() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("quizzes"))) {
      return files
          .map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".quiz.yaml"))
          .map(n -> n.substring(0, n.length() - ".quiz.yaml".length()))
          .sorted()
          .toList();
    }
  }

  /** Every option, item and side id an attempt shows, per question. */
  private static List<List<String>> shownIds(JsonNode attempt) {
    List<List<String>> perQuestion = new ArrayList<>();
    for (JsonNode q : attempt.path("questions")) {
      List<String> ids = new ArrayList<>();
      for (String list : List.of("options", "items", "left", "right")) {
        q.path(list).forEach(c -> ids.add(c.path("id").asText()));
      }
      perQuestion.add(ids);
    }
    return perQuestion;
  }

  private static Set<String> allShownIds(JsonNode attempt) {
    return shownIds(attempt).stream().flatMap(List::stream).collect(Collectors.toSet());
  }

  @Test
  void noAttemptOfAnyQuizShowsAnAuthoredIdOrAnIdMadeFromPositionOrText() throws IOException {
    assertThat(TAKEN.keySet()).as("every quiz file was taken").containsAll(quizFiles());
    for (String quizId : quizFiles()) {
      JsonNode attempt = TAKEN.get(quizId).started();
      Set<String> authored = QuizKey.of(quizId).authoredIds();
      for (JsonNode q : attempt.path("questions")) {
        for (String list : List.of("options", "items", "left", "right")) {
          for (int i = 0; i < q.path(list).size(); i++) {
            JsonNode choice = q.path(list).get(i);
            String id = choice.path("id").asText();
            assertThat(id)
                .as(quizId + " slot " + q.path("slot") + " " + list + " " + choice)
                .matches(ISSUED_ID)
                .isNotIn(authored)
                .isNotEqualTo(choice.path("text").asText())
                .isNotIn(String.valueOf(i), String.valueOf(i + 1));
          }
        }
      }
      for (List<String> ids : shownIds(attempt)) {
        assertThat(new HashSet<>(ids)).as(quizId + ": ids within a question").hasSize(ids.size());
      }
    }
  }

  @Test
  void twoAttemptsOfTheSameQuizByOnePersonShareNoIdAndTheFirstsIdsAreForeignInTheSecond() {
    String email = Trainees.withFirstModuleRead(server, "two-attempts-ids", "facilitator");
    Api me = Trainees.api(server, email);
    JsonNode first = me.post("/quizzes/welcome/attempts", "").json();
    assertThat(
            me.post("/attempts/" + first.path("attemptId").asText() + "/submission", "").status())
        .isEqualTo(200);
    Api.Reply again = me.post("/quizzes/welcome/attempts", "");
    assertThat(again.status()).isEqualTo(201);
    JsonNode second = again.json();

    assertThat(allShownIds(second)).isNotEmpty().doesNotContainAnyElementsOf(allShownIds(first));

    String secondId = second.path("attemptId").asText();
    Map<String, JsonNode> firstOfType = new HashMap<>();
    first.path("questions").forEach(q -> firstOfType.putIfAbsent(q.path("type").asText(), q));
    int refused = 0;
    for (JsonNode q : second.path("questions")) {
      JsonNode earlier = firstOfType.get(q.path("type").asText());
      if (earlier == null || q.path("type").asText().equals("truefalse")) {
        continue;
      }
      // The first attempt's ids, in a body of the right shape for this question.
      Map<String, Object> body = QuizKey.of("welcome").rightAnswer(earlier);
      Api.Reply reply =
          me.put("/attempts/" + secondId + "/responses/" + q.path("slot").asInt(), body);
      assertThat(reply.status()).as("the first attempt's ids: " + reply.body()).isEqualTo(400);
      assertThat(reply.error()).isEqualTo("invalid-response");
      refused++;
    }
    assertThat(refused).as("questions answered with foreign ids").isPositive();
  }

  @Test
  void aResumedAttemptKeepsItsIdsAndShowsItsSavedResponseInThem() {
    String email = Trainees.withFirstModuleRead(server, "resumed-ids", "facilitator");
    Api me = Trainees.api(server, email);
    JsonNode started = me.post("/quizzes/welcome/attempts", "").json();
    String attempt = "/attempts/" + started.path("attemptId").asText();
    JsonNode asked = started.path("questions").get(0);
    Map<String, Object> answer = QuizKey.of("welcome").rightAnswer(asked);
    assertThat(me.put(attempt + "/responses/1", answer).status()).isEqualTo(204);

    JsonNode read = me.get(attempt).json();
    Api.Reply startedAgain = me.post("/quizzes/welcome/attempts", "");

    assertThat(startedAgain.status()).isEqualTo(200);
    assertThat(shownIds(read)).isEqualTo(shownIds(started));
    assertThat(shownIds(startedAgain.json())).isEqualTo(shownIds(started));
    assertThat(read.path("questions").get(0).path("response"))
        .isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(answer));
  }

  @Test
  void aResponseInAuthoredIdsIsRefusedAndTheAttemptStillWorksAfterwards() {
    String email = Trainees.withFirstModuleRead(server, "authored-ids", "facilitator");
    Api me = Trainees.api(server, email);
    JsonNode started = me.post("/quizzes/welcome/attempts", "").json();
    String attempt = "/attempts/" + started.path("attemptId").asText();
    QuizKey key = QuizKey.of("welcome");

    int refused = 0;
    for (JsonNode q : started.path("questions")) {
      Optional<Map<String, Object>> authored = key.authoredRightAnswer(q);
      if (authored.isEmpty()) {
        continue;
      }
      Api.Reply reply = me.put(attempt + "/responses/" + q.path("slot").asInt(), authored.get());
      assertThat(reply.status()).as(q.path("type") + ": " + reply.body()).isEqualTo(400);
      assertThat(reply.error()).isEqualTo("invalid-response");
      assertThat(reply.json().path("message").asText()).isNotBlank();
      refused++;
    }
    assertThat(refused).isPositive();
    assertThat(me.get(attempt).json().path("questions").findValues("response"))
        .as("nothing refused was saved")
        .isEmpty();

    for (JsonNode q : started.path("questions")) {
      assertThat(
              me.put(attempt + "/responses/" + q.path("slot").asInt(), key.rightAnswer(q)).status())
          .isEqualTo(204);
    }
    JsonNode result = me.post(attempt + "/submission", "").json();
    assertThat(result.path("score").asDouble()).isEqualTo(100.0);
    assertThat(result.path("passed").asBoolean()).isTrue();
  }

  @Test
  void anExamResultTellsAreasAndObjectivesAndNothingPerQuestion() {
    ContentSnapshot content = QuizKey.content();
    List<Quiz> exams = content.quizzes().stream().filter(Quiz::isExam).toList();
    assertThat(exams).isNotEmpty();
    for (Quiz exam : exams) {
      Taken taken = TAKEN.get(exam.id());
      JsonNode graded = taken.taker().get("/attempts/" + taken.id()).json();
      Map<String, String> objectiveTexts = objectiveTexts(content, exam);
      for (JsonNode result : List.of(taken.result(), graded.path("result"))) {
        assertThat(result.path("review").asText()).as(exam.id()).isEqualTo("areas");
        assertThat(result.path("score").asDouble()).isEqualTo(100.0);
        assertThat(result.path("passed").asBoolean()).isTrue();
        assertThat(result.has("questions")).as(exam.id() + ": " + result).isFalse();
        assertThat(result.path("areas")).isNotEmpty();
        for (JsonNode area : result.path("areas")) {
          assertThat(area.path("area").asText()).isNotBlank();
          assertThat(area.path("fraction").asDouble()).isEqualTo(1.0);
        }
        assertThat(result.path("objectives")).isNotEmpty();
        for (JsonNode objective : result.path("objectives")) {
          assertThat(objective.path("text").asText())
              .as("the objective's words from the module")
              .isEqualTo(objectiveTexts.get(objective.path("id").asText()));
          assertThat(objective.path("met").asBoolean()).isTrue();
        }
      }
      String whole = graded.toString();
      for (String revealing :
          List.of("\"correct\"", "\"explanation\"", "\"rightAnswer\"", "\"mark\"", "GRADED_")) {
        assertThat(whole).as(exam.id()).doesNotContain(revealing);
      }
      exam.questions()
          .forEach(
              q ->
                  assertThat(whole)
                      .doesNotContain(
                          q.explanation().substring(0, Math.min(40, q.explanation().length()))));
    }
  }

  private static Map<String, String> objectiveTexts(ContentSnapshot content, Quiz quiz) {
    Map<String, String> texts = new HashMap<>();
    for (CourseModule module :
        content.modulesOf(content.getCourse(quiz.courseId().orElseThrow()))) {
      for (Objective o : module.objectives()) {
        texts.putIfAbsent(o.id(), o.text());
      }
    }
    return texts;
  }

  @Test
  void aModuleQuizResultStillExplainsEveryQuestion() {
    for (Quiz quiz : QuizKey.content().quizzes()) {
      if (quiz.isExam()) {
        continue;
      }
      JsonNode result = TAKEN.get(quiz.id()).result();
      assertThat(result.path("review").asText()).as(quiz.id()).isEqualTo("full");
      JsonNode questions = result.path("questions");
      assertThat(questions).hasSize(TAKEN.get(quiz.id()).started().path("questions").size());
      for (JsonNode q : questions) {
        assertThat(q.path("correct").asBoolean()).isTrue();
        assertThat(q.path("fraction").asDouble()).isEqualTo(1.0);
        assertThat(q.path("explanation").asText()).isNotBlank();
        assertThat(q.path("rightAnswer").isObject()).isTrue();
        List<String> named = new ArrayList<>();
        q.path("rightAnswer").path("optionIds").forEach(id -> named.add(id.asText()));
        q.path("rightAnswer").path("order").forEach(id -> named.add(id.asText()));
        q.path("rightAnswer")
            .path("matches")
            .fields()
            .forEachRemaining(
                e -> {
                  named.add(e.getKey());
                  named.add(e.getValue().asText());
                });
        if (q.path("rightAnswer").has("optionId")) {
          named.add(q.path("rightAnswer").path("optionId").asText());
        }
        assertThat(named)
            .as(quiz.id() + ": the right answer in the attempt's own ids")
            .isSubsetOf(allShownIds(TAKEN.get(quiz.id()).started()));
      }
    }
  }
}
