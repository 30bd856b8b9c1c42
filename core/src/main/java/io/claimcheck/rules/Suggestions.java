package io.claimcheck.rules;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the closest known name by edit distance, when it is close enough. */
public final class Suggestions {
  private Suggestions() {}

  /** The known name closest to {@code name}, if within a third of its length (at least 2 edits). */
  public static Optional<String> closest(String name, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(name.toLowerCase(Locale.ROOT), k.toLowerCase(Locale.ROOT));
      if (d < bestDistance || d == bestDistance && best != null && k.compareTo(best) < 0) {
        best = k;
        bestDistance = d;
      }
    }
    int limit = Math.max(2, name.length() / 3);
    return best != null && bestDistance <= limit ? Optional.of(best) : Optional.empty();
  }

  private static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
