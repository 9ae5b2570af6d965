package org.facilitatoracademy.assessment.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.facilitatoracademy.catalog.domain.Option;
import org.facilitatoracademy.catalog.domain.Question;
import org.facilitatoracademy.catalog.domain.QuestionType;
import org.facilitatoracademy.platform.errors.BusinessException;
import org.junit.jupiter.api.Test;

/** The ids an attempt shows for choices, and the way back to the authored ids it stores. */
class ChoiceIdsTest {

  private static final QuestionVersion SINGLE = QuestionVersion.of(Questions.single("deads"));
  private static final QuestionVersion MULTIPLE = QuestionVersion.of(Questions.multiple("methods"));
  private static final QuestionVersion ORDER = QuestionVersion.of(Questions.order("meeting"));
  private static final QuestionVersion MATCH = QuestionVersion.of(Questions.match("tools"));
  private static final List<QuestionVersion> ALL = List.of(SINGLE, MULTIPLE, ORDER, MATCH);

  private static ChoiceIds fresh() {
    return new ChoiceIds(ChoiceIds.newKeyFor(ALL));
  }

  /** Every issued id of the questions, by role and authored id. */
  private static Set<String> issuedIds(ChoiceIds ids) {
    Set<String> issued = new HashSet<>();
    for (QuestionVersion q : ALL) {
      for (ChoiceRole role : ChoiceRole.values()) {
        q.choices(role).forEach(c -> issued.add(ids.issue(q, role, c.id())));
      }
    }
    return issued;
  }

  private static Set<String> authoredIds() {
    Set<String> authored = new HashSet<>();
    for (QuestionVersion q : ALL) {
      for (ChoiceRole role : ChoiceRole.values()) {
        q.choices(role).forEach(c -> authored.add(c.id()));
      }
    }
    return authored;
  }

  @Test
  void anIssuedIdIsTheKeyedHashOfQuestionRoleAndAuthoredIdCutTo96BitsInBase64Url()
      throws Exception {
    String key = ChoiceIds.newKeyFor(ALL);
    String issued = new ChoiceIds(key).issue(SINGLE, ChoiceRole.OPTION, "a");

    byte[] expected =
        Arrays.copyOf(
            hmacSha256ByHand(
                Base64.getUrlDecoder().decode(key),
                "deads\u0000OPTION\u0000a".getBytes(StandardCharsets.UTF_8)),
            12);
    assertThat(issued).matches("[A-Za-z0-9_-]{16}");
    assertThat(Base64.getUrlDecoder().decode(issued)).isEqualTo(expected);
  }

  /** RFC 2104 from SHA-256 alone: a second implementation, independent of javax.crypto.Mac. */
  private static byte[] hmacSha256ByHand(byte[] key, byte[] message) throws Exception {
    byte[] block = Arrays.copyOf(key, 64);
    byte[] inner = new byte[64];
    byte[] outer = new byte[64];
    for (int i = 0; i < 64; i++) {
      inner[i] = (byte) (block[i] ^ 0x36);
      outer[i] = (byte) (block[i] ^ 0x5c);
    }
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    sha.update(inner);
    byte[] innerHash = sha.digest(message);
    sha.update(outer);
    return sha.digest(innerHash);
  }

  @Test
  void theSameKeyGivesTheSameIdsEveryTime() {
    String key = ChoiceIds.newKeyFor(ALL);
    assertThat(issuedIds(new ChoiceIds(key))).isEqualTo(issuedIds(new ChoiceIds(key)));
  }

  @Test
  void twoKeysShareNoIdAndNoIssuedIdIsAnAuthoredOne() {
    Set<String> first = issuedIds(fresh());
    Set<String> second = issuedIds(fresh());

    assertThat(first).hasSize(3 + 5 + 4 + 8).doesNotContainAnyElementsOf(second);
    assertThat(first).doesNotContainAnyElementsOf(authoredIds());
  }

  @Test
  void anIdDependsOnTheAuthoredIdNotOnTheChoicesTextOrPlace() {
    ChoiceIds ids = fresh();
    String a = ids.issue(SINGLE, ChoiceRole.OPTION, "a");
    assertThat(ids.issue(SINGLE, ChoiceRole.OPTION, "b")).isNotEqualTo(a);
    assertThat(ids.issue(MULTIPLE, ChoiceRole.OPTION, "a"))
        .as("the same authored id in another question")
        .isNotEqualTo(a);
  }

  @Test
  void everyKindOfResponseGoesToTheShownIdsAndBackUnchanged() {
    ChoiceIds ids = fresh();
    List<Object[]> cases = new ArrayList<>();
    cases.add(new Object[] {SINGLE, new SingleResponse("b")});
    cases.add(new Object[] {MULTIPLE, new MultipleResponse(List.of("a", "d"))});
    cases.add(new Object[] {SINGLE, new TrueFalseResponse(true)});
    List<String> reversed =
        new ArrayList<>(ORDER.choices(ChoiceRole.ITEM).stream().map(Choice::id).toList());
    java.util.Collections.reverse(reversed);
    cases.add(new Object[] {ORDER, new OrderResponse(reversed)});
    Map<String, String> pairs = new LinkedHashMap<>();
    pairs.put(
        MATCH.choices(ChoiceRole.LEFT).get(0).id(), MATCH.choices(ChoiceRole.RIGHT).get(1).id());
    pairs.put(
        MATCH.choices(ChoiceRole.LEFT).get(1).id(), MATCH.choices(ChoiceRole.RIGHT).get(1).id());
    cases.add(new Object[] {MATCH, new MatchResponse(pairs)});

    for (Object[] c : cases) {
      QuestionVersion q = (QuestionVersion) c[0];
      Response authored = (Response) c[1];
      Response shown = ids.shown(q, authored);
      if (!(authored instanceof TrueFalseResponse)) {
        assertThat(shown.choiceKeys()).doesNotContainAnyElementsOf(authored.choiceKeys());
      }
      assertThat(ids.stored(q, shown)).isEqualTo(authored);
    }
  }

  @Test
  void anAuthoredIdIsRefusedLikeAnyForeignIdWithoutNamingTheKey() {
    ChoiceIds ids = fresh();
    assertRefused(ids, SINGLE, new SingleResponse("a"), "a");
    assertRefused(ids, MULTIPLE, new MultipleResponse(List.of("a")), "a");
    String item = ORDER.choices(ChoiceRole.ITEM).get(0).id();
    assertRefused(ids, ORDER, new OrderResponse(List.of(item)), item);
    String left = MATCH.choices(ChoiceRole.LEFT).get(0).id();
    String right = MATCH.choices(ChoiceRole.RIGHT).get(0).id();
    assertRefused(ids, MATCH, new MatchResponse(Map.of(left, right)), left);
  }

  @Test
  void anIdIssuedForAnotherQuestionOrAnotherRoleIsRefused() {
    ChoiceIds ids = fresh();
    String ofAnotherQuestion = ids.issue(MULTIPLE, ChoiceRole.OPTION, "a");
    assertRefused(ids, SINGLE, new SingleResponse(ofAnotherQuestion), ofAnotherQuestion);

    Choice left = MATCH.choices(ChoiceRole.LEFT).get(0);
    String leftId = ids.issue(MATCH, ChoiceRole.LEFT, left.id());
    assertRefused(ids, MATCH, new MatchResponse(Map.of(leftId, leftId)), leftId);
  }

  @Test
  void anOptionOrItemGivenTwiceIsRefusedNamingOnlyTheIdThatWasSent() {
    ChoiceIds ids = fresh();
    String a = ids.issue(MULTIPLE, ChoiceRole.OPTION, "a");
    assertThatThrownBy(() -> ids.stored(MULTIPLE, new MultipleResponse(List.of(a, a))))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(BusinessException.Kind.MALFORMED);
              assertThat(e.getMessage()).contains(a).doesNotContain("'a'");
            });
  }

  private static void assertRefused(
      ChoiceIds ids, QuestionVersion q, Response given, String sentId) {
    assertThatThrownBy(() -> ids.stored(q, given))
        .isInstanceOfSatisfying(
            BusinessException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(BusinessException.Kind.MALFORMED);
              assertThat(e.code()).isEqualTo("invalid-response");
              assertThat(e.getMessage()).contains("'" + sentId + "'");
            });
  }

  @Test
  void aNewKeyKeepsEveryChoiceOfEachQuestionApart() {
    for (int i = 0; i < 20; i++) {
      ChoiceIds ids = fresh();
      assertThat(ALL).allMatch(ids::keepsApart);
    }
  }

  @Test
  void aQuestionRepeatingAnIdStillGetsAKeyAndItsIdsMapBack() {
    QuestionVersion repeated =
        QuestionVersion.of(
            new Question(
                "repeated",
                QuestionType.SINGLE,
                Optional.empty(),
                Optional.empty(),
                false,
                1,
                "Which?",
                List.of(new Option("a", "One", true), new Option("a", "Two", false)),
                Optional.empty(),
                List.of(),
                List.of(),
                "Because."));
    ChoiceIds ids = new ChoiceIds(ChoiceIds.newKeyFor(List.of(repeated)));

    assertThat(ids.stored(repeated, ids.shown(repeated, new SingleResponse("a"))))
        .isEqualTo(new SingleResponse("a"));
  }
}
