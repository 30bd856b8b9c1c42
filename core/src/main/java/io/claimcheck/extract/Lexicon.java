package io.claimcheck.extract;

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
  static final Set<String> LOCATIVE = Set.of(
      "in", "near", "at", "around", "outside", "inside", "across", "throughout", "of", "from", "to",
      "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "northern",
      "southern", "eastern", "western", "central", "outskirts", "within", "into", "on", "off");

  /** Words of a noun phrase of place that may stand between a preposition and a name. */
  static final Set<String> PLACE_FILLER = Set.of(
      "the", "a", "an", "government", "held", "rebel", "areas", "area", "district", "districts",
      "city", "town", "village", "province", "region", "suburb", "suburbs", "neighbourhood",
      "neighborhood", "capital", "northern", "southern", "eastern", "western", "central", "of",
      "parts", "part", "-", "nearby", "war", "torn", "besieged", "main", "port", "border", "state",
      "county", "camp", "refugee", "coastal", "mountain", "mountainous", "rural", "countryside",
      "outskirts", "heart", "north", "south", "east", "west", "northeast", "northwest",
      "southeast", "southwest", "and", "predominantly", "mostly", "largely", "controlled",
      "opposition", "regime", "kurdish", "quarter", "old", "town's", "city's", "market", "square",
      "busy", "crowded");

  /** Event nouns a place may modify: "the Damascus attacks". */
  static final Set<String> EVENTS = Set.of(
      "attack", "attacks", "bombing", "bombings", "blast", "blasts", "explosion", "explosions",
      "earthquake", "quake", "flood", "floods", "flooding", "fire", "fires", "storm", "crash",
      "shooting", "shootings", "massacre", "violence", "clashes", "fighting", "riots", "stampede",
      "collapse", "landslide", "tsunami", "hurricane", "typhoon", "cyclone", "tornado", "derailment");

  /** Subjects that make a toll cumulative: "the war has killed 290,000". */
  static final Set<String> WARS = Set.of(
      "war", "conflict", "insurgency", "uprising", "revolution", "pandemic", "epidemic", "outbreak",
      "crisis", "fighting", "violence", "unrest", "campaign", "civil", "occupation", "siege", "drought",
      "famine");

  /** Nouns a war or crisis word modifies rather than heads: "the crisis centre", "war crimes". */
  static final Set<String> WAR_MODIFIED = Set.of(
      "centre", "center", "committee", "group", "cell", "unit", "team", "management", "response", "zone",
      "website", "room", "office", "talks", "meeting", "summit", "crimes", "criminal", "reporter",
      "correspondent", "monitor", "line");

  /** Occasions of speaking whose place is not the place of a count: "told reporters in Geneva". */
  static final Set<String> SPEAKING_VENUES = Set.of(
      "briefing", "reporters", "conference", "interview", "speaking", "speech", "journalists");

  /** Attribution verbs: "the Observatory said". */
  static final Set<String> SAYING = Set.of(
      "said", "says", "say", "reported", "reports", "report", "told", "tells", "stated", "announced",
      "estimated", "estimates", "confirmed", "confirms", "added", "counted", "tallied", "recorded",
      "documented", "claimed", "quoted");

  /** Heads of organisation names, for back-references ("the monitoring group said"). */
  static final Set<String> ORGANISATION_HEADS = Set.of(
      "observatory", "ministry", "agency", "group", "committee", "council", "organization",
      "organisation", "office", "department", "service", "services", "network", "monitor", "news",
      "police", "army", "authority", "authorities", "commission", "union", "federation", "center",
      "centre", "crescent", "cross", "institute", "foundation", "board", "bureau", "guard", "forces",
      "coalition", "mission", "agencies", "unicef", "who", "unhcr", "ocha", "airlines", "airline", "airways");

  /** Weekday names, Monday first. */
  static final String[] WEEKDAYS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};

  /** Month names and abbreviations, January first. */
  static final String[][] MONTHS = {
    {"january", "jan"}, {"february", "feb"}, {"march", "mar"}, {"april", "apr"}, {"may"}, {"june", "jun"},
    {"july", "jul"}, {"august", "aug"}, {"september", "sep", "sept"}, {"october", "oct"},
    {"november", "nov"}, {"december", "dec"}
  };
}
