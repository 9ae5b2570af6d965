package org.facilitatoracademy.catalog.infrastructure;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/** Typo protection for keys: an unknown key close to an allowed one is most likely a slip. */
final class KeySuggestion {

  private KeySuggestion() {}

  /** "Did you mean 'title'?" for a key one or two typing slips away from an allowed one. */
  static String forKey(String key, Collection<String> allowed) {
    return allowed.stream()
        .filter(
            candidate ->
                distance(key.toLowerCase(Locale.ROOT), candidate.toLowerCase(Locale.ROOT))
                    <= slips(key))
        .min(Comparator.comparingInt(candidate -> distance(key, candidate)))
        .map(candidate -> " Did you mean '" + candidate + "'?")
        .orElse("");
  }

  private static int slips(String key) {
    return key.length() >= 5 ? 2 : 1;
  }

  private static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
