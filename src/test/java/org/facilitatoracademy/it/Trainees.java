package org.facilitatoracademy.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;

/** Fresh trainees prepared through the REST API, as far as a test needs them. */
final class Trainees {

  static final String PASSWORD = "long quiet evening";

  private Trainees() {}

  /** A new trainee enrolled in a course, with every lesson of its first module done. */
  static String withFirstModuleRead(TestServer server, String prefix, String courseId) {
    String email = Accounts.createTrainee(server, prefix, PASSWORD);
    Api me = Api.as(server, email, PASSWORD);
    assertThat(me.post("/courses/" + courseId + "/enrollments", "").status()).isEqualTo(201);
    JsonNode course = null;
    for (JsonNode c : Api.anonymous(server).get("/courses").json()) {
      if (c.path("id").asText().equals(courseId)) {
        course = c;
      }
    }
    for (JsonNode lesson : course.path("modules").get(0).path("lessons")) {
      Api.Reply done =
          me.post("/lessons/" + lesson.path("id").asText() + "/completion?course=" + courseId, "");
      assertThat(done.status()).as(done.body()).isEqualTo(204);
    }
    return email;
  }

  static Api api(TestServer server, String email) {
    return Api.as(server, email, PASSWORD);
  }
}
