package io.claimcheck.event;

import io.claimcheck.claim.Measure;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Properties of measures that rules reason with, as data ({@code lexicon.tsv}, sections
 * {@code grows}, {@code falls} and {@code fixed}): whether a count can only grow over time (the
 * dead), whether a subgroup's count may legitimately fall (in hospital, in critical condition,
 * missing, trapped, in shelters), and whether it counts the moment of the incident (aboard, inside).
 */
public final class Measures {
  private Measures() {}

  /**
   * Whether a later figure of this measure and subgroup must not be lower than an earlier one:
   * the measure only grows and neither it nor the subgroup names a count that falls.
   */
  public static boolean onlyGrows(Measure measure, @Nullable String subject) {
    EventLexicon lex = EventLexicon.standard();
    if (!lex.grows.contains(measure.name())) {
      return false;
    }
    return subject == null || !mayFall(subject);
  }

  /**
   * Whether the measure counts the moment of the incident itself (those aboard, those inside):
   * every figure of it, whenever reported, is for the incident's time.
   */
  public static boolean ofTheIncident(Measure measure) {
    return EventLexicon.standard().fixed.contains(measure.name());
  }

  /**
   * Whether a count of this measure and subgroup may legitimately fall over time: the measure's
   * name or the subgroup's words name such a count ("missing", "trapped", "in hospital"). Its
   * figures for different times are a timeline, whichever way they move.
   */
  public static boolean mayFall(Measure measure, @Nullable String subject) {
    return mayFall(measure.name()) || subject != null && mayFall(subject);
  }

  /** Whether the words name a count that legitimately falls ("in critical condition"). */
  public static boolean mayFall(String words) {
    String s = words.toLowerCase(Locale.ROOT);
    for (String w : EventLexicon.standard().falls) {
      if (s.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
