package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Quizzes and attempts through the REST API: every integrity rule of the contract. */
class QuizzesApiIT {

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.shared();
  }

  /** A trainee who may take the welcome quiz of the facilitator course, with an attempt open. */
  private record Taker(String email, Api api, JsonNode attempt) {
    String id() {
      return attempt.path("attemptId").asText();
    }

    JsonNode question(int slot) {
      return attempt.path("questions").get(slot - 1);
    }
  }

  private static Taker startWelcomeQuiz(String prefix) {
    String email = Trainees.withFirstModuleRead(server, prefix, "facilitator");
    Api api = Trainees.api(server, email);
    Api.Reply started = api.post("/quizzes/welcome/attempts", "");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    return new Taker(email, api, started.json());
  }

  private static int slotOfType(Taker taker, String type) {
    for (JsonNode q : taker.attempt().path("questions")) {
      if (q.path("type").asText().equals(type)) {
        return q.path("slot").asInt();
      }
    }
    return -1;
  }

  @Test
  void startingAQuizNeedsAnEnrollmentInACourseThatHasIt() {
    String email = Accounts.createTrainee(server, "not-enrolled", Trainees.PASSWORD);
    Api.Reply refused = Trainees.api(server, email).post("/quizzes/welcome/attempts", "");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.error()).isEqualTo("not-enrolled");
  }

  @Test
  void aModuleQuizWaitsForTheModulesLessonsAndTheExamForEveryModule() {
    String email = Accounts.createTrainee(server, "early", Trainees.PASSWORD);
    Api me = Trainees.api(server, email);
    me.post("/courses/facilitator/enrollments", "");

    Api.Reply quiz = me.post("/quizzes/welcome/attempts", "");
    assertThat(quiz.status()).isEqualTo(422);
    assertThat(quiz.error()).isEqualTo("prerequisites-unmet");
    assertThat(quiz.json().path("unmet").toString()).contains("lessons:welcome");

    Api.Reply exam = me.post("/quizzes/facilitator-exam/attempts", "");
    assertThat(exam.status()).isEqualTo(422);
    assertThat(exam.json().path("unmet")).hasSize(11);
    assertThat(exam.json().path("unmet").get(0).asText()).isEqualTo("module:welcome");

    Api.Reply nextModule = me.post("/quizzes/readiness-for-change/attempts", "");
    assertThat(nextModule.status()).isEqualTo(422);
    assertThat(nextModule.json().path("unmet").toString()).contains("module:welcome");
  }

  @Test
  void aQuizIsTakenInACourseThatHasItAndUnknownQuizzesAreNotFound() {
    String email = Trainees.withFirstModuleRead(server, "course-param", "facilitator");
    Api me = Trainees.api(server, email);
    assertThat(me.post("/quizzes/welcome/attempts?course=renewal-refresher", "").status())
        .as("the refresher has no welcome module")
        .isEqualTo(404);
    assertThat(me.post("/quizzes/welcome/attempts?course=host", "").status())
        .as("the host course has the welcome module, but this trainee is not enrolled in it")
        .isEqualTo(403);
    assertThat(me.post("/quizzes/no-such-quiz/attempts", "").status()).isEqualTo(404);
    Api.Reply started = me.post("/quizzes/welcome/attempts?course=facilitator", "");
    assertThat(started.status()).isEqualTo(201);
    assertThat(started.json().path("courseId").asText()).isEqualTo("facilitator");
  }

  @Test
  void anAttemptShowsItsQuestionsWithoutAnythingThatRevealsTheKey() {
    Taker taker = startWelcomeQuiz("no-key");
    JsonNode attempt = taker.attempt();

    assertThat(attempt.path("questions")).hasSize(10);
    assertThat(attempt.path("deadline").asText()).isNotEmpty();
    assertThat(attempt.path("state").asText()).isEqualTo("IN_PROGRESS");
    assertThat(attempt.has("result")).isFalse();
    String body = attempt.toString();
    for (String revealing :
        List.of("\"correct\"", "\"answer\"", "\"explanation\"", "\"rightAnswer\"", "partner")) {
      assertThat(body).doesNotContain(revealing);
    }
    QuizKey key = QuizKey.of("welcome");
    for (JsonNode q : attempt.path("questions")) {
      if (q.path("type").asText().equals("order")) {
        List<String> shown = q.path("items").findValuesAsText("text");
        assertThat(shown)
            .containsExactlyInAnyOrderElementsOf(key.itemTextsInOrder(q))
            .isNotEqualTo(key.itemTextsInOrder(q));
      }
    }
    Api.Reply read = taker.api().get("/attempts/" + taker.id());
    assertThat(read.json().path("questions").toString())
        .as("read again, the attempt looks the same")
        .isEqualTo(attempt.path("questions").toString());
  }

  @Test
  void startingAgainWhileAnAttemptIsOpenReturnsThatAttempt() {
    Taker taker = startWelcomeQuiz("again");
    Api.Reply again = taker.api().post("/quizzes/welcome/attempts", "");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.json().path("attemptId").asText()).isEqualTo(taker.id());
    assertThat(again.json().path("questions").toString())
        .isEqualTo(taker.attempt().path("questions").toString());
  }

  @Test
  void twoStartsAtTheSameMomentOpenOneAttempt() throws Exception {
    String email = Trainees.withFirstModuleRead(server, "two-starts", "facilitator");
    Api me = Trainees.api(server, email);
    List<Api.Reply> replies = atTheSameMoment(() -> me.post("/quizzes/welcome/attempts", ""));

    assertThat(replies).extracting(Api.Reply::status).containsExactlyInAnyOrder(200, 201);
    assertThat(replies.get(0).json().path("attemptId").asText())
        .isEqualTo(replies.get(1).json().path("attemptId").asText());
    assertThat(me.get("/me/attempts").json()).hasSize(1);
  }

  /** Sends the same request twice at once and returns both replies. */
  private static List<Api.Reply> atTheSameMoment(java.util.function.Supplier<Api.Reply> request)
      throws Exception {
    CountDownLatch go = new CountDownLatch(1);
    List<CompletableFuture<Api.Reply>> replies = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      replies.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  go.await();
                } catch (InterruptedException e) {
                  Thread.currentThread().interrupt();
                }
                return request.get();
              }));
    }
    go.countDown();
    return List.of(replies.get(0).get(), replies.get(1).get());
  }

  @Test
  void aSavedResponseIsThereWhenTheAttemptIsReadAgain() {
    Taker taker = startWelcomeQuiz("saved");
    JsonNode first = taker.question(1);
    Map<String, Object> answer = QuizKey.of("welcome").rightAnswer(first);

    assertThat(taker.api().put("/attempts/" + taker.id() + "/responses/1", answer).status())
        .isEqualTo(204);

    JsonNode read = taker.api().get("/attempts/" + taker.id()).json().path("questions").get(0);
    assertThat(read.path("answered").asBoolean()).isTrue();
    // Compared as JSON trees: the order of keys in a match response carries no meaning.
    assertThat(read.path("response"))
        .isEqualTo(new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(answer));
  }

  @Test
  void responsesNamingIdsThatAreNotInTheQuestionAreRefusedWith400() {
    Taker taker = startWelcomeQuiz("foreign-ids");
    String attempt = "/attempts/" + taker.id() + "/responses/";
    for (JsonNode q : taker.attempt().path("questions")) {
      int slot = q.path("slot").asInt();
      Map<String, Object> foreign =
          switch (q.path("type").asText()) {
            case "single" -> Map.of("optionId", "not-an-option");
            case "multiple" -> Map.of("optionIds", List.of("not-an-option"));
            case "order" -> Map.of("order", List.of("not-an-item"));
            case "match" -> Map.of("matches", Map.of("not-a-left", "not-a-right"));
            default -> Map.of("optionId", "a");
          };
      Api.Reply refused = taker.api().put(attempt + slot, foreign);
      assertThat(refused.status())
          .as(q.path("type").asText() + ": " + refused.body())
          .isEqualTo(400);
    }
    int order = slotOfType(taker, "order");
    if (order > 0) {
      List<String> items = taker.question(order).path("items").findValuesAsText("id");
      Api.Reply partial = taker.api().put(attempt + order, Map.of("order", items.subList(0, 1)));
      assertThat(partial.status()).as("every item must be placed").isEqualTo(400);
    }
    assertThat(taker.api().put(attempt + "99", Map.of("optionId", "a")).status()).isEqualTo(404);
    assertThat(taker.api().put(attempt + "1", "{not json").status()).isEqualTo(400);
    assertThat(
            taker
                .api()
                .get("/attempts/" + taker.id())
                .json()
                .path("questions")
                .findValues("response"))
        .as("nothing refused was saved")
        .isEmpty();
  }

  @Test
  void anotherPersonsAttemptIsNotFoundForThem() {
    Taker owner = startWelcomeQuiz("owner");
    Api stranger =
        Api.as(
            server,
            Accounts.createTrainee(server, "stranger", Trainees.PASSWORD),
            Trainees.PASSWORD);
    String attempt = "/attempts/" + owner.id();

    assertThat(stranger.get(attempt).status()).isEqualTo(404);
    assertThat(stranger.put(attempt + "/responses/1", Map.of("optionId", "a")).status())
        .isEqualTo(404);
    assertThat(stranger.post(attempt + "/submission", "").status()).isEqualTo(404);
    assertThat(stranger.get("/attempts/not-an-attempt").status()).isEqualTo(404);
    assertThat(Api.anonymous(server).get(attempt).status()).isEqualTo(401);
    assertThat(owner.api().get(attempt).json().path("state").asText()).isEqualTo("IN_PROGRESS");
  }

  @Test
  void submittingGradesOnceAndSubmittingAgainReturnsTheSameResult() {
    Taker taker = startWelcomeQuiz("submit");
    QuizKey key = QuizKey.of("welcome");
    for (int slot = 1; slot <= 9; slot++) {
      taker
          .api()
          .put(
              "/attempts/" + taker.id() + "/responses/" + slot,
              key.rightAnswer(taker.question(slot)));
    }

    Api.Reply result = taker.api().post("/attempts/" + taker.id() + "/submission", "");
    assertThat(result.status()).isEqualTo(200);
    assertThat(result.json().path("score").asDouble()).isCloseTo(90.0, within(0.001));
    assertThat(result.json().path("passed").asBoolean()).isTrue();
    JsonNode last = result.json().path("questions").get(9);
    assertThat(last.path("fraction").asDouble()).isZero();
    assertThat(last.path("correct").asBoolean()).isFalse();
    assertThat(last.path("explanation").asText()).isNotBlank();
    assertThat(last.path("rightAnswer").isObject()).isTrue();
    assertThat(result.json().path("review").asText())
        .as("a module quiz reviews question by question")
        .isEqualTo("full");

    Api.Reply again = taker.api().post("/attempts/" + taker.id() + "/submission", "");
    assertThat(again.status()).isEqualTo(200);
    assertThat(again.body()).isEqualTo(result.body());
    assertThat(taker.api().get("/attempts/" + taker.id()).json().path("grades")).hasSize(1);

    Api.Reply late =
        taker
            .api()
            .put("/attempts/" + taker.id() + "/responses/10", key.rightAnswer(taker.question(10)));
    assertThat(late.status()).isEqualTo(409);
    assertThat(late.error()).isEqualTo("attempt-finished");

    JsonNode progress = taker.api().get("/me/progress").json().path("courses").get(0);
    assertThat(progress.path("modules").get(0).path("quizPassed").asBoolean())
        .as("the pass is recorded on the enrollment and opens the next module")
        .isTrue();
    Api.Reply retake = taker.api().post("/quizzes/welcome/attempts", "");
    assertThat(retake.status()).isEqualTo(422);
    assertThat(retake.error()).isEqualTo("quiz-passed");
  }

  @Test
  void twoSubmissionsAtTheSameMomentGradeTheAttemptOnce() throws Exception {
    Taker taker = startWelcomeQuiz("twice");
    String submission = "/attempts/" + taker.id() + "/submission";
    List<Api.Reply> replies = atTheSameMoment(() -> taker.api().post(submission, ""));
    Api.Reply first = replies.get(0);
    Api.Reply second = replies.get(1);

    assertThat(first.status()).isEqualTo(200);
    assertThat(second.status()).isEqualTo(200);
    assertThat(second.body()).isEqualTo(first.body());
    assertThat(taker.api().get("/attempts/" + taker.id()).json().path("grades")).hasSize(1);
  }

  @Test
  void failingMaxAttemptsLocksTheQuizForSevenDaysAndSaysUntilWhen() {
    String email = Trainees.withFirstModuleRead(server, "locked", "facilitator");
    Api me = Trainees.api(server, email);
    Instant lastFinished = null;
    for (int i = 1; i <= 3; i++) {
      Api.Reply started = me.post("/quizzes/welcome/attempts", "");
      assertThat(started.status()).as("attempt " + i + ": " + started.body()).isEqualTo(201);
      String id = started.json().path("attemptId").asText();
      assertThat(me.post("/attempts/" + id + "/submission", "").json().path("passed").asBoolean())
          .isFalse();
      lastFinished = Instant.parse(me.get("/attempts/" + id).json().path("finishedAt").asText());
    }

    Api.Reply locked = me.post("/quizzes/welcome/attempts", "");

    assertThat(locked.status()).isEqualTo(422);
    assertThat(locked.error()).isEqualTo("quiz-locked");
    String unmet = locked.json().path("unmet").get(0).asText();
    assertThat(unmet).startsWith("locked-until:");
    Instant until = Instant.parse(unmet.substring("locked-until:".length()));
    assertThat(Duration.between(lastFinished, until)).isEqualTo(Duration.ofDays(7));
    assertThat(me.get("/me/attempts").json()).hasSize(3);
  }

  @Test
  void coordinatorsReadItemAnalysisAsJsonOrCsvAndTraineesCannot() {
    Taker taker = startWelcomeQuiz("stats");
    taker.api().post("/attempts/" + taker.id() + "/submission", "");
    Api coordinator = Api.as(server, Accounts.COORDINATOR, Accounts.PASSWORD);

    Api.Reply stats = coordinator.get("/coordinator/quizzes/welcome/statistics");
    assertThat(stats.status()).isEqualTo(200);
    JsonNode json = stats.json();
    assertThat(json.path("attempts").asLong()).isGreaterThanOrEqualTo(2);
    assertThat(json.path("discriminationIndex").asText()).contains("correlation");
    JsonNode item = json.path("items").get(0);
    assertThat(item.path("attempts").asLong()).isPositive();
    assertThat(item.path("facility").asDouble()).isBetween(0.0, 1.0);
    assertThat(item.path("options")).isNotEmpty();
    assertThat(item.has("flags")).isTrue();
    assertThat(json.path("areas").get(0).path("area").asText()).isEqualTo("program");

    Api.Reply csv = coordinator.getAs("/coordinator/quizzes/welcome/statistics", "text/csv");
    assertThat(csv.status()).isEqualTo(200);
    assertThat(csv.raw().headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
    assertThat(csv.body()).startsWith("quiz_id,question_id,area,type,attempts");

    assertThat(taker.api().get("/coordinator/quizzes/welcome/statistics").status()).isEqualTo(403);
    assertThat(coordinator.get("/coordinator/quizzes/no-such-quiz/statistics").status())
        .isEqualTo(404);
  }

  @Test
  void theDemoTraineeHasAGradedAttemptOfTheFirstModuleQuiz() {
    JsonNode attempts =
        Api.as(server, Accounts.TRAINEE, Accounts.PASSWORD).get("/me/attempts").json();
    assertThat(attempts.findValuesAsText("quizId")).contains("welcome");
    assertThat(attempts.findValuesAsText("state")).contains("FINISHED");
  }

  @Test
  void theOpenApiDocumentDescribesTheQuizOperationsAndTheCourseParameter() {
    String openapi = Api.anonymous(server).getAbsolute("/openapi");
    assertThat(openapi)
        .contains("/api/v1/quizzes/{quizId}/attempts")
        .contains("/api/v1/attempts/{attemptId}/responses/{slot}")
        .contains("/api/v1/attempts/{attemptId}/submission")
        .contains("/api/v1/coordinator/quizzes/{quizId}/statistics")
        .contains("most recently used enrollment");
  }
}
