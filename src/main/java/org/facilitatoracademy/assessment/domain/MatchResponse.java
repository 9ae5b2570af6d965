package org.facilitatoracademy.assessment.domain;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.facilitatoracademy.catalog.domain.QuestionType;

/**
 * Left sides paired with right sides, by id. Left sides not yet paired are simply absent. Kept
 * sorted by left id, so the same answer always has the same raw form.
 */
public record MatchResponse(Map<String, String> matches) implements Response {

  public MatchResponse {
    matches = Collections.unmodifiableMap(new TreeMap<>(matches));
  }

  @Override
  public QuestionType type() {
    return QuestionType.MATCH;
  }

  @Override
  public String toRaw() {
    ObjectNode raw = RawJson.object();
    ObjectNode pairs = raw.putObject("matches");
    matches.forEach(pairs::put);
    return raw.toString();
  }

  @Override
  public List<String> choiceKeys() {
    return matches.entrySet().stream().map(e -> e.getKey() + ">" + e.getValue()).toList();
  }

  @Override
  public Response renamed(Rename rename) {
    Map<String, String> pairs = new LinkedHashMap<>();
    matches.forEach(
        (left, right) ->
            pairs.put(rename.apply(ChoiceRole.LEFT, left), rename.apply(ChoiceRole.RIGHT, right)));
    return new MatchResponse(pairs);
  }
}
