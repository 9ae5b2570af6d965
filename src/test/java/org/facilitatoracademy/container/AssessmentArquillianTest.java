package org.facilitatoracademy.container;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ejb.EJB;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.facilitatoracademy.assessment.application.OverdueAttemptsJob;
import org.facilitatoracademy.assessment.application.QuizPassed;
import org.facilitatoracademy.assessment.infrastructure.ItemRecount;
import org.facilitatoracademy.catalog.application.ContentCatalog;
import org.facilitatoracademy.catalog.application.Learning;
import org.facilitatoracademy.catalog.domain.ContentSnapshot;
import org.facilitatoracademy.catalog.domain.CourseModule;
import org.facilitatoracademy.catalog.domain.Lesson;
import org.facilitatoracademy.catalog.domain.MatchPair;
import org.facilitatoracademy.catalog.domain.Option;
import org.facilitatoracademy.catalog.domain.Question;
import org.facilitatoracademy.catalog.domain.Quiz;
import org.facilitatoracademy.identity.application.AccountService;
import org.facilitatoracademy.identity.application.NewAccount;
import org.facilitatoracademy.identity.domain.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Assessment's time-dependent rules and its database figures inside a real Payara Micro, with a
 * clock the test moves: deadlines, the job that closes overdue attempts, locks and spacing between
 * exam attempts, the exam draw, regrading after a key correction, and running totals that always
 * equal the figures computed from the attempts themselves. Trainees act through the REST API.
 */
@ExtendWith(ArquillianExtension.class)
class AssessmentArquillianTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "long quiet evening";

  @Deployment
  static WebArchive deployment() throws Exception {
    return ShrinkWrap.createFromZipFile(
            WebArchive.class, new File("target/facilitator-academy.war"))
        .addClasses(
            AssessmentArquillianTest.class,
            AdjustableClock.class,
            AssessmentQueries.class,
            ItemRecount.class)
        .addAsLibrary(jarOf(org.assertj.core.api.Assertions.class));
  }

  /** The jar a class was loaded from on the test's own class path. */
  private static File jarOf(Class<?> type) throws Exception {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @ArquillianResource private URL base;
  @Inject private AdjustableClock clock;
  @Inject private AccountService accounts;
  @Inject private Learning learning;
  @Inject private ContentCatalog content;
  @Inject private Event<QuizPassed> quizPassed;
  @Inject private UserTransaction transaction;
  @EJB private AssessmentQueries queries;
  @EJB private OverdueAttemptsJob overdueJob;

  @AfterEach
  void resetClock() {
    clock.reset();
  }

  // ------------------------------------------------------------------ deadlines

  @Test
  void aResponseAfterTheDeadlineIsRefusedAndTheAttemptIsGradedAsItStoodAtTheDeadline()
      throws Exception {
    Client trainee = traineeWithWelcomeRead("deadline");
    JsonNode attempt = trainee.post("/quizzes/welcome/attempts").json();
    String id = attempt.path("attemptId").asText();
    Instant deadline = Instant.parse(attempt.path("deadline").asText());
    assertThat(Duration.between(Instant.parse(attempt.path("startedAt").asText()), deadline))
        .isEqualTo(Duration.ofMinutes(20));
    Map<String, Object> right = rightAnswer("welcome", attempt.path("questions").get(0));
    assertThat(trainee.put("/attempts/" + id + "/responses/1", right).status()).isEqualTo(204);

    clock.advance(Duration.ofMinutes(21));
    Reply late =
        trainee.put(
            "/attempts/" + id + "/responses/2",
            rightAnswer("welcome", attempt.path("questions").get(1)));

    assertThat(late.status()).isEqualTo(409);
    assertThat(late.json().path("error").asText()).isIn("deadline-passed", "attempt-finished");
    JsonNode graded = trainee.get("/attempts/" + id).json();
    assertThat(graded.path("state").asText()).isEqualTo("FINISHED");
    assertThat(Instant.parse(graded.path("finishedAt").asText())).isEqualTo(deadline);
    assertThat(graded.path("result").path("finishReason").asText()).isEqualTo("DEADLINE");
    assertThat(graded.path("result").path("questions").get(0).path("fraction").asDouble())
        .isEqualTo(1.0);
    assertThat(graded.path("questions").get(1).path("answered").asBoolean())
        .as("the late response was not saved")
        .isFalse();
    assertThat(graded.path("result").path("score").asDouble()).isCloseTo(10.0, within(0.001));
  }

  @Test
  void anOverdueAttemptIsGradedByTheJobWithoutAnyoneComingBack() throws Exception {
    Client trainee = traineeWithWelcomeRead("job");
    String id = trainee.post("/quizzes/welcome/attempts").json().path("attemptId").asText();
    assertThat(queries.stored(id)).isEqualTo("IN_PROGRESS/null");

    clock.advance(Duration.ofMinutes(25));
    overdueJob.closeOverdueAttempts();

    assertThat(queries.stored(id)).isEqualTo("FINISHED/DEADLINE");
    assertThat(trainee.get("/attempts/" + id).json().path("grades")).hasSize(1);
  }

  @Test
  void startingAgainAfterTheDeadlineGradesTheOldAttemptAndOpensANewOne() throws Exception {
    Client trainee = traineeWithWelcomeRead("restart");
    String first = trainee.post("/quizzes/welcome/attempts").json().path("attemptId").asText();

    clock.advance(Duration.ofMinutes(30));
    Reply second = trainee.post("/quizzes/welcome/attempts");

    assertThat(second.status()).isEqualTo(201);
    assertThat(second.json().path("attemptId").asText()).isNotEqualTo(first);
    assertThat(second.json().path("number").asInt()).isEqualTo(2);
    assertThat(queries.stored(first)).isEqualTo("FINISHED/DEADLINE");
  }

  // ------------------------------------------------------------------ attempts over days

  @Test
  void theLockEndsAfterSevenDaysAndThreeMoreAttemptsFollow() throws Exception {
    Client trainee = traineeWithWelcomeRead("lock");
    for (int i = 0; i < 3; i++) {
      failOnce(trainee, "welcome");
    }
    assertThat(trainee.post("/quizzes/welcome/attempts").status()).isEqualTo(422);

    clock.advance(Duration.ofDays(6).plusHours(23));
    Reply stillLocked = trainee.post("/quizzes/welcome/attempts");
    assertThat(stillLocked.json().path("error").asText()).isEqualTo("quiz-locked");

    clock.advance(Duration.ofHours(2));
    for (int i = 0; i < 3; i++) {
      failOnce(trainee, "welcome");
    }
    Reply lockedAgain = trainee.post("/quizzes/welcome/attempts");
    assertThat(lockedAgain.json().path("error").asText()).isEqualTo("quiz-locked");
  }

  @Test
  void examDrawsHoldAQuarterOfScenariosAcrossModulesAndAttemptsStartSevenDaysApart()
      throws Exception {
    Client trainee = traineeWithEveryModuleFinished("exam");

    JsonNode exam = trainee.post("/quizzes/facilitator-exam/attempts").json();
    JsonNode questions = exam.path("questions");
    assertThat(questions).hasSize(40);
    Quiz quiz = content.snapshot().getQuiz("facilitator-exam");
    List<Question> drawn = new ArrayList<>();
    for (JsonNode q : questions) {
      drawn.add(question(quiz, q));
    }
    assertThat(drawn.stream().filter(Question::scenario).count()).isGreaterThanOrEqualTo(10);
    Map<String, Long> perModule = new HashMap<>();
    for (Question q : drawn) {
      perModule.merge(moduleOf(q.objective().orElseThrow()), 1L, Long::sum);
    }
    assertThat(perModule).hasSize(11);
    assertThat(perModule.values()).allSatisfy(n -> assertThat(n).isBetween(3L, 4L));

    String first = exam.path("attemptId").asText();
    Instant startedAt = Instant.parse(exam.path("startedAt").asText());
    trainee.post("/attempts/" + first + "/submission");
    Reply tooSoon = trainee.post("/quizzes/facilitator-exam/attempts");
    assertThat(tooSoon.status()).isEqualTo(422);
    assertThat(tooSoon.json().path("error").asText()).isEqualTo("attempt-too-soon");
    assertThat(tooSoon.json().path("unmet").get(0).asText())
        .isEqualTo("next-attempt-from:" + startedAt.plus(Duration.ofDays(7)));

    clock.advance(Duration.ofDays(7));
    assertThat(trainee.post("/quizzes/facilitator-exam/attempts").status()).isEqualTo(201);
  }

  // ------------------------------------------------------------------ choice ids

  @Test
  void anAttemptFromBeforeChoiceIdsGetsItsOwnWhenReadAndKeepsItsResponses() throws Exception {
    Client trainee = traineeWithWelcomeRead("before-ids");
    JsonNode started = trainee.post("/quizzes/welcome/attempts").json();
    String id = started.path("attemptId").asText();
    assertThat(
            trainee
                .put(
                    "/attempts/" + id + "/responses/1",
                    rightAnswer("welcome", started.path("questions").get(0)))
                .status())
        .isEqualTo(204);
    queries.forgetChoiceKey(id);

    JsonNode read = trainee.get("/attempts/" + id).json();

    List<String> before = started.path("questions").findValuesAsText("id");
    List<String> after = read.path("questions").findValuesAsText("id");
    assertThat(after).hasSameSizeAs(before).doesNotContainAnyElementsOf(before);
    assertThat(after).allMatch(choiceId -> choiceId.matches("[A-Za-z0-9_-]{16}"));
    assertThat(trainee.get("/attempts/" + id).json().path("questions").findValuesAsText("id"))
        .as("read again, the new ids stay")
        .isEqualTo(after);
    JsonNode first = read.path("questions").get(0);
    assertThat(first.path("response"))
        .as("the saved response, shown in the new ids")
        .isEqualTo(JSON.valueToTree(rightAnswer("welcome", first)));

    int slot = 2;
    while (read.path("questions").get(slot - 1).path("type").asText().equals("truefalse")) {
      slot++;
    }
    Reply stale =
        trainee.put(
            "/attempts/" + id + "/responses/" + slot,
            rightAnswer("welcome", started.path("questions").get(slot - 1)));
    assertThat(stale.status()).as("ids shown before are foreign now").isEqualTo(400);
    assertThat(
            trainee
                .put(
                    "/attempts/" + id + "/responses/" + slot,
                    rightAnswer("welcome", read.path("questions").get(slot - 1)))
                .status())
        .isEqualTo(204);
  }

  // ------------------------------------------------------------------ regrading and totals

  @Test
  void aCorrectedKeyIsRegradedKeepingBothGradesAndTheChangedOutcomeIsReportedNotApplied()
      throws Exception {
    Client trainee = traineeWithWelcomeRead("regrade");
    JsonNode attempt = trainee.post("/quizzes/welcome/attempts").json();
    String id = attempt.path("attemptId").asText();
    for (int slot = 1; slot <= 8; slot++) {
      trainee.put(
          "/attempts/" + id + "/responses/" + slot,
          rightAnswer("welcome", attempt.path("questions").get(slot - 1)));
    }
    JsonNode result = trainee.post("/attempts/" + id + "/submission").json();
    assertThat(result.path("score").asDouble()).isCloseTo(80.0, within(0.001));
    assertThat(result.path("passed").asBoolean()).isTrue();

    Question corrected = firstOfType(attempt, List.of("single", "truefalse"));
    Path file = contentFile("quizzes/welcome.quiz.yaml");
    String original = Files.readString(file);
    Client admin = new Client("admin@demo.academy", "demo-password-1");
    Client coordinator = new Client("coordinator@demo.academy", "demo-password-1");
    try {
      Files.writeString(file, withCorrectedKey(original, corrected));
      assertThat(admin.post("/admin/content/reload").json().path("errors")).isEmpty();

      JsonNode report = coordinator.post("/coordinator/quizzes/welcome/regrade").json();

      assertThat(report.path("attemptsRegraded").asInt()).isPositive();
      assertThat(report.path("questionsRegraded").toString()).contains(corrected.id());
      JsonNode change = null;
      for (JsonNode c : report.path("outcomeChanges")) {
        if (c.path("attemptId").asText().equals(id)) {
          change = c;
        }
      }
      assertThat(change).as(report.toString()).isNotNull();
      assertThat(change.path("passedBefore").asBoolean()).isTrue();
      assertThat(change.path("passedAfter").asBoolean()).isFalse();
      assertThat(change.path("scoreAfter").asDouble()).isCloseTo(70.0, within(0.001));
      assertThat(change.path("displayName").asText()).isEqualTo("Arq R.");

      JsonNode grades = trainee.get("/attempts/" + id).json().path("grades");
      assertThat(grades).hasSize(2);
      assertThat(grades.get(0).path("score").asDouble()).isCloseTo(80.0, within(0.001));
      assertThat(grades.get(1).path("reason").asText()).isEqualTo("REGRADED");
      assertThat(grades.get(1).path("score").asDouble()).isCloseTo(70.0, within(0.001));
      JsonNode progress = trainee.get("/me/progress").json().path("courses").get(0);
      assertThat(progress.path("modules").get(0).path("quizPassed").asBoolean())
          .as("the recorded pass stays until someone decides about it")
          .isTrue();
      assertThat(
              coordinator
                  .post("/coordinator/quizzes/welcome/regrade")
                  .json()
                  .path("attemptsRegraded")
                  .asInt())
          .as("regrading again changes nothing")
          .isZero();
      assertRunningTotalsEqualTheRecount("welcome");
    } finally {
      Files.writeString(file, original);
      admin.post("/admin/content/reload");
      coordinator.post("/coordinator/quizzes/welcome/regrade");
    }
  }

  @Test
  void runningTotalsAlwaysEqualTheFiguresComputedFromTheAttempts() throws Exception {
    for (int i = 0; i < 3; i++) {
      Client trainee = traineeWithWelcomeRead("totals");
      JsonNode attempt = trainee.post("/quizzes/welcome/attempts").json();
      String id = attempt.path("attemptId").asText();
      for (int slot = 1; slot <= 3 + 3 * i; slot++) {
        trainee.put(
            "/attempts/" + id + "/responses/" + slot,
            rightAnswer("welcome", attempt.path("questions").get(slot - 1)));
      }
      trainee.post("/attempts/" + id + "/submission");
    }
    assertRunningTotalsEqualTheRecount("welcome");
  }

  private void assertRunningTotalsEqualTheRecount(String quizId) throws Exception {
    JsonNode statistics =
        new Client("coordinator@demo.academy", "demo-password-1")
            .get("/coordinator/quizzes/" + quizId + "/statistics")
            .json();
    Map<String, JsonNode> items = new HashMap<>();
    statistics.path("items").forEach(i -> items.put(i.path("questionId").asText(), i));
    List<Object[]> recount = queries.recount(quizId);
    assertThat(items).hasSameSizeAs(recount);
    long attempts = 0;
    for (Object[] row : recount) {
      JsonNode item = items.get((String) row[0]);
      double n = ((Number) row[1]).doubleValue();
      assertThat(item.path("attempts").asDouble()).isEqualTo(n);
      assertThat(item.path("facility").asDouble())
          .isCloseTo(((Number) row[2]).doubleValue() / n, within(1e-9));
      Double r =
          ItemRecount.correlation(
              n,
              ((Number) row[2]).doubleValue(),
              ((Number) row[3]).doubleValue(),
              ((Number) row[4]).doubleValue(),
              ((Number) row[5]).doubleValue(),
              ((Number) row[6]).doubleValue());
      if (r == null) {
        assertThat(
                item.path("discrimination").isNull() || item.path("discrimination").isMissingNode())
            .isTrue();
      } else {
        assertThat(item.path("discrimination").asDouble()).isCloseTo(r, within(1e-6));
      }
      attempts += (long) n;
    }
    assertThat(attempts).isPositive();
  }

  // ------------------------------------------------------------------ helpers

  private Client traineeWithWelcomeRead(String prefix) {
    String email = prefix + "-" + System.nanoTime() + "@example.org";
    String id =
        accounts
            .createTrusted(
                new NewAccount(email, PASSWORD, "Arq R.", "north-west", Set.of(Role.TRAINEE)))
            .id();
    ContentSnapshot snapshot = content.snapshot();
    CourseModule welcome = snapshot.getModule("welcome");
    learning.seedProgress(id, "facilitator", welcome.lessons().stream().map(Lesson::id).toList());
    return new Client(email, PASSWORD, id);
  }

  /** Every lesson read and every module quiz passed: the exam is open. */
  private Client traineeWithEveryModuleFinished(String prefix) throws Exception {
    Client trainee = traineeWithWelcomeRead(prefix);
    ContentSnapshot snapshot = content.snapshot();
    List<CourseModule> modules = snapshot.modulesOf(snapshot.getCourse("facilitator"));
    transaction.begin();
    learning.seedProgress(
        trainee.accountId(),
        "facilitator",
        modules.stream().flatMap(m -> m.lessons().stream()).map(Lesson::id).toList());
    for (CourseModule m : modules) {
      Quiz quiz = snapshot.findModuleQuiz(m.id()).orElseThrow();
      quizPassed.fire(
          new QuizPassed(
              trainee.accountId(),
              "facilitator",
              quiz.id(),
              quiz.contentVersion(),
              100,
              Instant.now()));
    }
    transaction.commit();
    return trainee;
  }

  private void failOnce(Client trainee, String quizId) throws Exception {
    Reply started = trainee.post("/quizzes/" + quizId + "/attempts");
    assertThat(started.status()).as(started.body()).isEqualTo(201);
    trainee.post("/attempts/" + started.json().path("attemptId").asText() + "/submission");
  }

  private String moduleOf(String objective) {
    return content.snapshot().modules().stream()
        .filter(m -> m.hasObjective(objective))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static Question question(Quiz quiz, JsonNode asked) {
    return quiz.questions().stream()
        .filter(q -> q.text().equals(asked.path("text").asText()))
        .findFirst()
        .orElseThrow();
  }

  private Question firstOfType(JsonNode attempt, List<String> types) {
    Quiz quiz = content.snapshot().getQuiz("welcome");
    for (String type : types) {
      for (int slot = 0; slot < 8; slot++) {
        JsonNode q = attempt.path("questions").get(slot);
        if (q.path("type").asText().equals(type)) {
          return question(quiz, q);
        }
      }
    }
    throw new AssertionError("No single or true/false question among the answered ones");
  }

  /** The right answer from the content file, in the ids this attempt shows (found by text). */
  private Map<String, Object> rightAnswer(String quizId, JsonNode asked) {
    Question q = question(content.snapshot().getQuiz(quizId), asked);
    return switch (q.type()) {
      case SINGLE ->
          Map.of(
              "optionId",
              shownId(
                  asked.path("options"),
                  q.options().stream().filter(Option::correct).findFirst().orElseThrow().text()));
      case MULTIPLE ->
          Map.of(
              "optionIds",
              q.options().stream()
                  .filter(Option::correct)
                  .map(o -> shownId(asked.path("options"), o.text()))
                  .toList());
      case TRUEFALSE -> Map.of("value", q.answer().orElseThrow());
      case ORDER ->
          Map.of(
              "order",
              q.items().stream().map(i -> shownId(asked.path("items"), i.text())).toList());
      case MATCH -> {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (MatchPair p : q.pairs()) {
          pairs.put(
              shownId(asked.path("left"), p.left().text()),
              shownId(asked.path("right"), p.right().text()));
        }
        yield Map.of("matches", pairs);
      }
    };
  }

  private static String shownId(JsonNode choices, String text) {
    for (JsonNode choice : choices) {
      if (choice.path("text").asText().equals(text)) {
        return choice.path("id").asText();
      }
    }
    throw new AssertionError("No choice reads '" + text + "' in " + choices);
  }

  /** The deployed copy of a content file; the application reads it on reload. */
  private static Path contentFile(String relative) throws Exception {
    return Path.of(
        AssessmentArquillianTest.class.getClassLoader().getResource("content/" + relative).toURI());
  }

  /**
   * The quiz file with one question's key moved, as an author correcting a key would: a single
   * choice question's correct mark goes to another option (ids unchanged), a true/false flips.
   */
  private static String withCorrectedKey(String yaml, Question question) {
    int start = yaml.indexOf("  - id: " + question.id() + "\n");
    int end = yaml.indexOf("\n  - id: ", start + 1);
    end = end < 0 ? yaml.length() : end;
    String block = yaml.substring(start, end);
    String fixed;
    if (question.type() == org.facilitatoracademy.catalog.domain.QuestionType.TRUEFALSE) {
      boolean answer = question.answer().orElseThrow();
      fixed = block.replace("answer: " + answer, "answer: " + !answer);
    } else {
      String wrongId =
          question.options().stream().filter(o -> !o.correct()).findFirst().orElseThrow().id();
      fixed = block.replace(", correct: true }", " }");
      int wrong = fixed.indexOf("{ id: " + wrongId + ",");
      int close = fixed.indexOf(" }", wrong);
      fixed = fixed.substring(0, close) + ", correct: true" + fixed.substring(close);
    }
    assertThat(fixed).isNotEqualTo(block);
    return yaml.substring(0, start) + fixed + yaml.substring(end);
  }

  /** One answer of the API. */
  private record Reply(int status, String body) {
    JsonNode json() throws Exception {
      return JSON.readTree(body);
    }
  }

  /** A person using the REST API of the deployment under test. */
  private final class Client {
    private final HttpClient http = HttpClient.newHttpClient();
    private final String authorization;
    private final String accountId;

    Client(String email, String password) {
      this(email, password, null);
    }

    Client(String email, String password, String accountId) {
      this.authorization =
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((email + ":" + password).getBytes(StandardCharsets.UTF_8));
      this.accountId = accountId;
    }

    String accountId() {
      return accountId;
    }

    Reply get(String path) throws Exception {
      return send(request(path).GET());
    }

    Reply post(String path) throws Exception {
      return send(request(path).POST(HttpRequest.BodyPublishers.noBody()));
    }

    Reply put(String path, Object body) throws Exception {
      return send(
          request(path).PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
    }

    private HttpRequest.Builder request(String path) throws Exception {
      URI uri = base.toURI().resolve("api/v1" + path);
      return HttpRequest.newBuilder(uri)
          .header("Authorization", authorization)
          .header("Content-Type", "application/json")
          .header("Accept", "application/json");
    }

    private Reply send(HttpRequest.Builder request) throws Exception {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), response.body());
    }
  }
}
