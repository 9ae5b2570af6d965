package org.facilitatoracademy.assessment.domain;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.facilitatoracademy.catalog.domain.QuestionType;

/**
 * What a person answered to one question, in the shape the API receives it. Steps store it as raw
 * JSON ({@link #toRaw()}), so an attempt can be replayed and regraded from its history alone.
 */
public sealed interface Response
    permits SingleResponse, MultipleResponse, TrueFalseResponse, OrderResponse, MatchResponse {

  QuestionType type();

  /** Compact JSON in the body shape of the API, e.g. {@code {"optionIds":["a","c"]}}. */
  String toRaw();

  /**
   * What item analysis counts for this response: option ids, {@code true}/{@code false}, {@code
   * item@position} for an order and {@code left>right} for a match.
   */
  List<String> choiceKeys();

  /**
   * The same answer with every option, item and side id replaced, e.g. authored ids by the ids one
   * attempt shows. A true/false answer names no ids and stays as it is.
   */
  Response renamed(Rename rename);

  /** A replacement for the id of one choice of a given role. */
  @FunctionalInterface
  interface Rename {
    String apply(ChoiceRole role, String id);
  }

  static Response fromRaw(QuestionType type, String raw) {
    JsonNode json = RawJson.read(raw);
    return switch (type) {
      case SINGLE -> new SingleResponse(json.get("optionId").asText());
      case MULTIPLE -> new MultipleResponse(RawJson.ids(json.get("optionIds")));
      case TRUEFALSE -> new TrueFalseResponse(json.get("value").asBoolean());
      case ORDER -> new OrderResponse(RawJson.ids(json.get("order")));
      case MATCH -> new MatchResponse(RawJson.pairs(json.get("matches")));
    };
  }
}
