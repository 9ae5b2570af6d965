package org.facilitatoracademy.assessment.domain;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The ids one attempt shows for the options, order items and match sides of its questions, and the
 * way back to the authored ids the server stores and grades.
 *
 * <p>An issued id is HMAC-SHA256 over the question id, the choice's role and its authored id, keyed
 * by a random secret kept with the attempt, cut to 96 bits and written in base64url. Without the
 * secret nobody can tell which authored choice an id stands for, so ids learned in one attempt (or
 * shared by someone else) say nothing about the next; with it, the same attempt always shows the
 * same ids, however often it is read. Nothing about an id depends on a choice's position or text.
 * One instance serves one request (its MAC is not thread-safe).
 */
public final class ChoiceIds {

  private static final String MAC = "HmacSHA256";
  private static final int KEY_BYTES = 32;
  private static final int ID_BYTES = 12;
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Base64.Encoder URL_SAFE = Base64.getUrlEncoder().withoutPadding();

  private final Mac mac;

  /**
   * @param key the attempt's secret, as {@link #newKeyFor} made it
   */
  public ChoiceIds(String key) {
    try {
      mac = Mac.getInstance(MAC);
      mac.init(new SecretKeySpec(Base64.getUrlDecoder().decode(key), MAC));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new IllegalStateException("An attempt's choice key is unusable", e);
    }
  }

  /**
   * A fresh random secret under which no two choices of one of the questions share an id and no
   * issued id equals an authored one. With 96-bit ids a second draw is practically never needed;
   * the check makes the guarantee absolute rather than probable.
   */
  public static String newKeyFor(Collection<QuestionVersion> questions) {
    while (true) {
      byte[] secret = new byte[KEY_BYTES];
      RANDOM.nextBytes(secret);
      String key = URL_SAFE.encodeToString(secret);
      ChoiceIds ids = new ChoiceIds(key);
      if (questions.stream().allMatch(ids::keepsApart)) {
        return key;
      }
    }
  }

  /** The id this attempt shows for one choice of one of its questions. */
  public String issue(QuestionVersion question, ChoiceRole role, String authoredId) {
    byte[] message =
        String.join("\u0000", question.questionId(), role.name(), authoredId)
            .getBytes(StandardCharsets.UTF_8);
    return URL_SAFE.encodeToString(Arrays.copyOf(mac.doFinal(message), ID_BYTES));
  }

  /** A stored response (authored ids) as this attempt shows it. */
  public Response shown(QuestionVersion question, Response stored) {
    return stored.renamed((role, authored) -> issue(question, role, authored));
  }

  /**
   * A response as a person gave it (issued ids) in the authored ids the server stores. An id this
   * attempt did not issue for that question and role, an authored id among them, is refused like
   * any foreign id (400); so is an option or item given twice, naming only the id that was sent.
   */
  public Response stored(QuestionVersion question, Response given) {
    Map<ChoiceRole, Map<String, String>> back =
        Arrays.stream(ChoiceRole.values())
            .collect(
                Collectors.toMap(
                    role -> role,
                    role ->
                        question.choices(role).stream()
                            .collect(
                                Collectors.toMap(
                                    c -> issue(question, role, c.id()),
                                    Choice::id,
                                    (same, again) -> same))));
    Set<String> seen = new HashSet<>();
    return given.renamed(
        (role, issued) -> {
          String authored = back.get(role).get(issued);
          if (authored == null) {
            throw QuestionGrader.invalid(
                "'" + issued + "' is not " + wordFor(role) + " of this question.");
          }
          if (role != ChoiceRole.RIGHT && !seen.add(issued)) {
            throw QuestionGrader.invalid("'" + issued + "' is given twice.");
          }
          return authored;
        });
  }

  private static String wordFor(ChoiceRole role) {
    return switch (role) {
      case OPTION -> "an option";
      case ITEM -> "an item";
      case LEFT -> "a left side";
      case RIGHT -> "a right side";
    };
  }

  /**
   * Whether every choice of the question gets its own id, none equal to an authored id. Choices are
   * told apart by role and authored id, so even a question with a repeated id cannot make {@link
   * #newKeyFor} draw forever.
   */
  boolean keepsApart(QuestionVersion question) {
    Set<String> authored = new HashSet<>();
    Set<String> issued = new HashSet<>();
    int distinct = 0;
    for (ChoiceRole role : ChoiceRole.values()) {
      Set<String> ofRole = new HashSet<>();
      for (Choice choice : question.choices(role)) {
        authored.add(choice.id());
        if (ofRole.add(choice.id())) {
          issued.add(issue(question, role, choice.id()));
          distinct++;
        }
      }
    }
    return issued.size() == distinct && issued.stream().noneMatch(authored::contains);
  }
}
