package org.facilitatoracademy.platform.api;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

  enum Kind {
    ROLE_PLAY
  }

  record Answer(
      String optionId,
      List<String> optionIds,
      Boolean value,
      Map<String, String> matches,
      int count,
      Kind kind,
      LocalDate date,
      List<Nested> nested) {}

  record Nested(long points) {}

  private static JsonValue json(String text) {
    return Json.createReader(new StringReader(text)).readValue();
  }

  private static String problem(String text) {
    return JsonShape.problem(json(text), Answer.class).orElse(null);
  }

  @Test
  void aBodyOfTheRightTypesPasses() {
    assertThat(
            problem(
                "{\"optionId\":\"a\",\"optionIds\":[\"a\",\"b\"],\"value\":true,"
                    + "\"matches\":{\"l\":\"r\"},\"count\":3,\"kind\":\"ROLE_PLAY\","
                    + "\"date\":\"2026-01-02\",\"nested\":[{\"points\":2}],\"unknown\":5}"))
        .isNull();
    assertThat(problem("{}")).isNull();
    assertThat(problem("{\"value\":null,\"optionIds\":null}")).isNull();
  }

  @Test
  void aStringOrANumberWhereABooleanBelongsNamesTheField() {
    assertThat(problem("{\"value\":\"banana\"}"))
        .isEqualTo("The field 'value' must be true or false, not a string.");
    assertThat(problem("{\"value\":2}"))
        .isEqualTo("The field 'value' must be true or false, not a number.");
    assertThat(problem("{\"value\":\"true\"}")).contains("'value'");
  }

  @Test
  void nestedFieldsAreNamedByTheirPath() {
    assertThat(problem("{\"optionIds\":[\"a\",7]}"))
        .isEqualTo("The field 'optionIds[1]' must be a string, not a number.");
    assertThat(problem("{\"matches\":{\"left\":false}}"))
        .isEqualTo("The field 'matches.left' must be a string, not true or false.");
    assertThat(problem("{\"nested\":[{\"points\":1.5}]}"))
        .isEqualTo("The field 'nested[0].points' must be a whole number, not a number.");
  }

  @Test
  void primitivesRefuseNullAndTextRefusesOtherTypes() {
    assertThat(problem("{\"count\":null}"))
        .isEqualTo("The field 'count' must be a number, not null.");
    assertThat(problem("{\"count\":\"3\"}")).contains("'count'", "a number");
    assertThat(problem("{\"kind\":1}")).contains("'kind'", "a string");
    assertThat(problem("{\"date\":20260102}")).contains("'date'", "a string");
    assertThat(problem("{\"optionIds\":\"a\"}")).contains("'optionIds'", "an array");
  }

  @Test
  void theBodyItselfMustBeAnObject() {
    assertThat(problem("[1]")).isEqualTo("The request body must be an object, not an array.");
    assertThat(problem("\"text\"")).isEqualTo("The request body must be an object, not a string.");
  }

  @Test
  void aHugeFieldNameIsQuotedShortly() {
    String name = "k".repeat(10_000);
    assertThat(problem("{\"matches\":{\"" + name + "\":1}}")).hasSizeLessThan(200);
  }
}
