package org.facilitatoracademy.assessment.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Raw responses as compact JSON, written in one canonical form and read back by steps. */
final class RawJson {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RawJson() {}

  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  static ObjectNode withIds(String field, List<String> ids) {
    ObjectNode node = object();
    ArrayNode array = node.putArray(field);
    ids.forEach(array::add);
    return node;
  }

  static JsonNode read(String raw) {
    try {
      return JSON.readTree(raw);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A stored response is not JSON: " + raw, e);
    }
  }

  static List<String> ids(JsonNode node) {
    List<String> ids = new ArrayList<>();
    node.forEach(n -> ids.add(n.asText()));
    return ids;
  }

  static Map<String, String> pairs(JsonNode node) {
    Map<String, String> pairs = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> pairs.put(e.getKey(), e.getValue().asText()));
    return pairs;
  }
}
