package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Courses, enrollment, lessons, progress and content reload through the REST API. */
class CatalogApiIT {

  private static TestServer server;

  @BeforeAll
  static void start() {
    server = TestServer.shared();
  }

  private static JsonNode course(String id) {
    for (JsonNode c : Api.anonymous(server).get("/courses").json()) {
      if (c.path("id").asText().equals(id)) {
        return c;
      }
    }
    throw new AssertionError("No course " + id);
  }

  @Test
  void anyoneSeesTheCatalogWithModulesQuizzesAndLessonsInOrder() {
    JsonNode facilitator = course("facilitator");
    assertThat(facilitator.path("credential").asText()).isEqualTo("FACILITATOR");
    assertThat(facilitator.path("exam").asText()).isEqualTo("facilitator-exam");
    assertThat(facilitator.path("modules")).hasSize(11);
    assertThat(facilitator.path("modules").get(0).path("id").asText()).isEqualTo("welcome");
    assertThat(facilitator.path("modules").get(8).path("id").asText())
        .isEqualTo("safety-and-ethics");
    assertThat(facilitator.path("modules").get(0).path("quiz").asText()).isEqualTo("welcome");
    assertThat(facilitator.path("contentVersion").asText()).hasSize(12);
    assertThat(course("renewal-refresher").path("modules").findValuesAsText("id"))
        .contains("safety-and-ethics");
  }

  @Test
  void enrollingIsRefusedUntilTheMailedLinkIsFollowed() throws Exception {
    String email = Accounts.uniqueEmail("unconfirmed");
    Api.anonymous(server)
        .post(
            "/accounts",
            Map.of(
                "email",
                email,
                "password",
                "long quiet evening",
                "displayName",
                "Una C.",
                "region",
                "london"));
    Api me = Api.as(server, email, "long quiet evening");

    Api.Reply refused = me.post("/courses/facilitator/enrollments", "");
    assertThat(refused.status()).isEqualTo(422);
    assertThat(refused.error()).isEqualTo("email-unconfirmed");

    String link = Mailbox.link(Mailbox.shared().awaitMessage(email, "Confirm your email"));
    String token = link.substring(link.indexOf("token=") + 6);
    assertThat(Api.anonymous(server).post("/email-confirmations", Map.of("token", token)).status())
        .isEqualTo(204);

    assertThat(me.post("/courses/facilitator/enrollments", "").status()).isEqualTo(201);
    assertThat(me.post("/courses/facilitator/enrollments", "").status()).isEqualTo(200);
  }

  @Test
  void lessonsAreReadInOrderAndProgressCountsPerCourse() {
    String email = Accounts.createTrainee(server, "reader", "long quiet evening");
    Api me = Api.as(server, email, "long quiet evening");
    JsonNode modules = course("facilitator").path("modules");
    String firstLesson = modules.get(0).path("lessons").get(0).path("id").asText();
    String lockedLesson = modules.get(1).path("lessons").get(0).path("id").asText();
    String safetyLesson = modules.get(8).path("lessons").get(0).path("id").asText();

    assertThat(me.get("/lessons/" + firstLesson).status()).as("not enrolled yet").isEqualTo(403);
    me.post("/courses/facilitator/enrollments", "");
    me.post("/courses/renewal-refresher/enrollments", "");

    Api.Reply lesson = me.get("/lessons/" + firstLesson + "?course=facilitator");
    assertThat(lesson.status()).isEqualTo(200);
    assertThat(lesson.json().path("html").asText()).startsWith("<").doesNotContain("<script");
    assertThat(me.post("/lessons/" + firstLesson + "/completion?course=facilitator", "").status())
        .isEqualTo(204);

    Api.Reply locked = me.post("/lessons/" + lockedLesson + "/completion?course=facilitator", "");
    assertThat(locked.status()).isEqualTo(422);
    assertThat(locked.error()).isEqualTo("module-locked");
    assertThat(locked.json().path("unmet").toString()).contains("module:welcome");

    assertThat(
            me.post("/lessons/" + safetyLesson + "/completion?course=renewal-refresher", "")
                .status())
        .as("the refresher starts with the safety module")
        .isEqualTo(204);

    JsonNode progress = me.get("/me/progress").json().path("courses");
    JsonNode facilitator = null;
    JsonNode refresher = null;
    for (JsonNode c : progress) {
      if (c.path("id").asText().equals("facilitator")) {
        facilitator = c;
      } else if (c.path("id").asText().equals("renewal-refresher")) {
        refresher = c;
      }
    }
    assertThat(facilitator.path("modules").get(0).path("lessonsDone").asInt()).isEqualTo(1);
    assertThat(facilitator.path("modules").get(8).path("lessonsDone").asInt())
        .as("safety done in the refresher does not count for the facilitator course")
        .isZero();
    assertThat(refresher.path("modules").get(0).path("lessonsDone").asInt()).isEqualTo(1);
    assertThat(facilitator.path("percent").asInt()).isBetween(1, 5);
  }

  @Test
  void theRefresherIsTakenAgainInEachRoundWhileACredentialsCourseIsTakenOnce() {
    String email = Accounts.createTrainee(server, "rounds", "long quiet evening");
    Api me = Api.as(server, email, "long quiet evening");
    me.post("/courses/renewal-refresher/enrollments", "");

    Api.Reply unfinished = me.post("/courses/renewal-refresher/rounds", "");
    assertThat(unfinished.status()).isEqualTo(422);
    assertThat(unfinished.error()).isEqualTo("course-unfinished");

    CourseCompleter.complete(me, "renewal-refresher");
    me.post("/courses/facilitator/enrollments", "");
    Api.Reply once = me.post("/courses/facilitator/rounds", "");
    assertThat(once.status()).isEqualTo(422);
    assertThat(once.error()).isEqualTo("course-not-repeatable");

    Api.Reply again = me.post("/courses/renewal-refresher/rounds", "");
    assertThat(again.status()).as(again.body()).isEqualTo(201);
    assertThat(again.json().path("round").asInt()).isEqualTo(2);
    JsonNode fresh = progressIn(me, "renewal-refresher");
    assertThat(fresh.path("round").asInt()).isEqualTo(2);
    assertThat(fresh.path("percent").asInt()).isZero();
    assertThat(fresh.path("examPassed").asBoolean()).isFalse();

    Api.Reply exam = me.post("/quizzes/renewal-refresher-exam/attempts", "");
    assertThat(exam.status()).isEqualTo(422);
    assertThat(exam.error())
        .as("the exam waits for this round's modules instead of counting the earlier pass")
        .isEqualTo("prerequisites-unmet");

    CourseCompleter.complete(me, "renewal-refresher");
    JsonNode passedAgain = progressIn(me, "renewal-refresher");
    assertThat(passedAgain.path("examPassed").asBoolean()).isTrue();
    assertThat(passedAgain.path("percent").asInt()).isEqualTo(100);
  }

  private static JsonNode progressIn(Api me, String courseId) {
    for (JsonNode c : me.get("/me/progress").json().path("courses")) {
      if (c.path("id").asText().equals(courseId)) {
        return c;
      }
    }
    throw new AssertionError("Not enrolled in " + courseId);
  }

  @Test
  void browsingTheCatalogWithoutSigningInOpensNoSession() throws Exception {
    HttpClient client = HttpClient.newHttpClient();
    for (String path : List.of("/", "/catalog/courses.xhtml", "/catalog/course.xhtml?id=host")) {
      HttpResponse<String> page =
          client.send(
              HttpRequest.newBuilder(URI.create(server.url(path))).build(),
              HttpResponse.BodyHandlers.ofString());

      assertThat(page.statusCode()).as(path).isEqualTo(200);
      assertThat(page.headers().allValues("Set-Cookie")).as(path).isEmpty();
    }
  }

  @Test
  void unknownCoursesAndLessonsAre404() {
    Api me = Api.as(server, Accounts.TRAINEE, Accounts.PASSWORD);
    assertThat(me.post("/courses/no-such-course/enrollments", "").status()).isEqualTo(404);
    assertThat(me.get("/lessons/no-such-lesson").status()).isEqualTo(404);
  }

  @Test
  void aBrokenFileKeepsItsLastGoodVersionLiveUntilItIsFixed() throws Exception {
    Api admin = Api.as(server, Accounts.ADMIN, Accounts.PASSWORD);
    Path quiz = ContentCopy.file("quizzes/welcome.quiz.yaml");
    String good = Files.readString(quiz);
    Path lesson = ContentCopy.file("modules/welcome/01-what-the-program-is.md");
    String lessonText = Files.readString(lesson);
    try {
      Files.writeString(quiz, good.replace("passMark: 80", "passMark: 180"));
      Api.Reply report = admin.post("/admin/content/reload", "");
      assertThat(report.status()).isEqualTo(200);
      JsonNode error = report.json().path("errors").get(0);
      assertThat(error.path("file").asText()).isEqualTo("quizzes/welcome.quiz.yaml");
      assertThat(error.path("line").asInt()).isPositive();
      assertThat(error.path("message").asText()).containsIgnoringCase("pass");
      assertThat(course("facilitator").path("modules").get(0).path("quiz").asText())
          .as("the last good version stays live")
          .isEqualTo("welcome");

      Files.writeString(lesson, lessonText.replace("title: ", "title: Revised "));
      Files.writeString(quiz, good);
      Api.Reply fixed = admin.post("/admin/content/reload", "");
      assertThat(fixed.json().path("errors")).isEmpty();
      assertThat(
              course("facilitator")
                  .path("modules")
                  .get(0)
                  .path("lessons")
                  .get(0)
                  .path("title")
                  .asText())
          .startsWith("Revised ");
    } finally {
      Files.writeString(lesson, lessonText);
      Files.writeString(quiz, good);
      admin.post("/admin/content/reload", "");
    }
    assertThat(
            Api.as(server, Accounts.TRAINEE, Accounts.PASSWORD)
                .post("/admin/content/reload", "")
                .status())
        .isEqualTo(403);
  }
}
