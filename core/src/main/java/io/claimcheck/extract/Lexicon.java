package io.claimcheck.extract;

import io.claimcheck.base.ClaimCheckException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** The words that tell what a figure counts, and the words that tell it counts something else. */
final class Lexicon {
  private Lexicon() {}

  /** Verbs whose object is the victims: "bombings killed 87 people", "wounding 30". */
  static final Set<String> ACTIVE = CasualtyPatterns.standard().wordClass("active_verb").words();
  /** Words after the figure that say what happened to it: "59 died", "100 were wounded", "87 dead". */
  static final Set<String> AFTER = CasualtyPatterns.standard().wordClass("after_word").words();
  /** Words allowed between a figure's noun and what happened to it: "were also", "have been". */
  static final Set<String> AUXILIARIES = CasualtyPatterns.standard().wordClass("auxiliary").words();

  /** Nouns for the people counted that name no subgroup. */
  static final Set<String> GENERIC = CasualtyPatterns.standard().wordClass("generic").words();

  /** Nouns that count something other than people: the figure gives no casualty claim. */
  static final Set<String> NOT_PEOPLE = CasualtyPatterns.standard().wordClass("not_people").words();

  /** Prepositions that open a phrase of place: "in Homs", "near Damascus". */
  static final Set<String> LOCATIVE = CasualtyPatterns.standard().wordClass("locative").words();

  /** Words of a noun phrase of place that may stand between a preposition and a name. */
  static final Set<String> PLACE_FILLER = CasualtyPatterns.standard().wordClass("place_filler").words();

  /** Event nouns a place may modify: "the Damascus attacks". */
  static final Set<String> EVENTS = CasualtyPatterns.standard().wordClass("event_noun").words();

  /** Subjects that make a toll cumulative: "the war has killed 290,000". */
  static final Set<String> WARS = CasualtyPatterns.standard().wordClass("war_word").words();

  /** Nouns a war or crisis word modifies rather than heads: "the crisis centre", "war crimes". */
  static final Set<String> WAR_MODIFIED = CasualtyPatterns.standard().wordClass("war_modified").words();

  /** Occasions of speaking whose place is not the place of a count: "told reporters in Geneva". */
  static final Set<String> SPEAKING_VENUES = CasualtyPatterns.standard().wordClass("speaking_venue").words();

  /** Attribution verbs: "the Observatory said". */
  static final Set<String> SAYING = CasualtyPatterns.standard().wordClass("saying").words();

  /** Heads of organisation names, for back-references ("the monitoring group said"). */
  static final Set<String> ORGANISATION_HEADS = CasualtyPatterns.standard().wordClass("organisation_head").words();

  /** Weekday names, Monday first: the class {@code weekday}. */
  static final String[] WEEKDAYS = weekdays(CasualtyPatterns.standard());

  /**
   * Month names and abbreviations, January first: the class {@code month}, each name followed by
   * its abbreviations (the words that begin it: "september", "sep", "sept").
   */
  static final String[][] MONTHS = months(CasualtyPatterns.standard());

  static String[] weekdays(CasualtyPatterns patterns) {
    List<String> days = patterns.inOrder("weekday");
    if (days.size() != 7) {
      throw new ClaimCheckException(patterns.file() + ": class 'weekday' has " + days.size()
          + " words; expected the seven weekday names, Monday first");
    }
    return days.toArray(new String[0]);
  }

  static String[][] months(CasualtyPatterns patterns) {
    List<String[]> months = new ArrayList<>();
    List<String> month = new ArrayList<>();
    for (String w : patterns.inOrder("month")) {
      if (!month.isEmpty() && !month.get(0).startsWith(w)) { // a word that begins the name is its abbreviation
        months.add(month.toArray(new String[0]));
        month = new ArrayList<>();
      }
      month.add(w);
    }
    if (!month.isEmpty()) {
      months.add(month.toArray(new String[0]));
    }
    if (months.size() != 12) {
      throw new ClaimCheckException(patterns.file() + ": class 'month' names " + months.size()
          + " months; expected the twelve month names, January first, each followed by its abbreviations");
    }
    return months.toArray(new String[0][]);
  }
}
