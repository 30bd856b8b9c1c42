package io.claimcheck.testing;

import io.claimcheck.claim.Document;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.Source;
import io.claimcheck.quantity.Qualifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Article-like documents with planted claims: sentences of many shapes (active, passive,
 * intransitive, tolls, missing, displaced, arrested), places, weekdays and sources, mixed with
 * sentences whose numbers count other things.
 */
public final class Articles {
  // none in a country the development set's events are in
  private static final String[] PLACES = {
    "Damascus", "Homs", "Aleppo", "Tabriz", "Baghdad", "Mosul", "Kumasi", "Karachi", "Surabaya", "Lima", "Nairobi",
    "Lusaka", "Beirut", "Gaza", "Mandalay", "Quetta", "Mogadishu", "Da Nang", "Port-au-Prince", "Jakarta"
  };
  // invented outlets: none of them the development set's
  private static final String[] OUTLETS = {
    "Varnesa Post", "Elda Courier", "Harbour Times", "City Times", "Northgate Daily", "Morning Ledger", "Valley Tribune",
    "Coastline Wire"
  };
  private static final String[] DAYS = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};
  private static final String[] AGENTS = {
    "A car bomb", "Gunmen", "An airstrike", "The earthquake", "Flash floods", "A suicide bomber", "The storm",
    "A landslide", "Shelling"
  };
  private static final String[] EVENTS = {"attack", "bombing", "earthquake", "flood", "explosion", "storm", "fire"};
  private static final String[] SOURCES = {"police said", "officials said", "the health ministry said", "witnesses said"};

  private Articles() {}

  /** One article with one to four planted claims and some distractors. */
  public static GeneratedArticle article(RandomGenerator r) {
    LocalDate published = LocalDate.of(2015, 1, 1).plusDays(r.nextInt(3000));
    String outlet = OUTLETS[r.nextInt(OUTLETS.length)];
    String id = "gen-" + Long.toHexString(r.nextLong());
    Writer w = new Writer();
    w.text(pick(r, EVENTS) + " hits " + pick(r, PLACES) + "\n");
    int sentences = 2 + r.nextInt(6);
    int planted = 0;
    for (int i = 0; i < sentences; i++) {
      if (planted < 4 && (r.nextInt(3) > 0 || i == sentences - 1 && planted == 0)) {
        claimSentence(r, w);
        planted++;
      } else {
        distractor(r, w);
      }
      w.text(r.nextInt(4) == 0 ? "\n" : " ");
    }
    Document doc = new Document(new Source(id, outlet, published, null, null), w.sb.toString());
    return new GeneratedArticle(doc, w.planted);
  }

  /** A growing text that records where planted quantities land. */
  private static final class Writer {
    final StringBuilder sb = new StringBuilder();
    final List<PlantedClaim> planted = new ArrayList<>();

    void text(String s) {
      sb.append(s);
    }

    void quantity(PrintedQuantity q, Measure m, boolean capitalise) {
      String t = capitalise ? Character.toUpperCase(q.text().charAt(0)) + q.text().substring(1) : q.text();
      int start = sb.length();
      sb.append(t);
      planted.add(new PlantedClaim(start, sb.length(), t, m, q.interval()));
    }
  }

  private static String pick(RandomGenerator r, String[] options) {
    return options[r.nextInt(options.length)];
  }

  private static PrintedQuantity count(RandomGenerator r) {
    PrintedQuantity q = Quantities.any(r);
    return q.value().signum() > 0 ? q : Quantities.qualified(r, 5);
  }

  /** A figure that reads well before "people": vague counts take "of". */
  private static String people(PrintedQuantity q) {
    return q.qualifier() == Qualifier.VAGUE && !q.text().equals("a dozen") ? " of people" : " people";
  }

  private static void claimSentence(RandomGenerator r, Writer w) {
    String place = pick(r, PLACES);
    String day = pick(r, DAYS);
    PrintedQuantity q = count(r);
    switch (r.nextInt(10)) {
      case 0:
        w.quantity(q, Measure.KILLED, true);
        w.text(people(q) + " were killed in " + place + " on " + day + ", " + pick(r, SOURCES) + ".");
        break;
      case 1:
        w.text(pick(r, AGENTS) + " killed ");
        w.quantity(q, Measure.KILLED, false);
        w.text(people(q) + " in " + place + " on " + day + ".");
        break;
      case 2:
        w.quantity(q, Measure.KILLED, true);
        w.text(people(q) + " died in " + place + " after the " + pick(r, EVENTS) + ".");
        break;
      case 3: {
        PrintedQuantity toll = Quantities.qualified(r, Quantities.figure(r));
        w.text("The death toll from the " + pick(r, EVENTS) + " in " + place + " rose to ");
        w.quantity(toll, Measure.KILLED, false);
        w.text(".");
        break;
      }
      case 4:
        w.quantity(q, Measure.INJURED, true);
        w.text(people(q) + " were injured in the " + pick(r, EVENTS) + ".");
        break;
      case 5:
        w.text("The " + pick(r, EVENTS) + " also wounded ");
        w.quantity(q, Measure.INJURED, false);
        w.text(people(q) + ".");
        break;
      case 6:
        w.quantity(q, Measure.MISSING, true);
        w.text(people(q) + " are still missing, " + pick(r, SOURCES) + ".");
        break;
      case 7:
        w.text("Authorities evacuated ");
        w.quantity(q, Measure.DISPLACED, false);
        w.text((q.qualifier() == Qualifier.VAGUE && !q.text().equals("a dozen") ? " of residents" : " residents") + " from " + place + ".");
        break;
      case 8:
        w.text("Police arrested ");
        w.quantity(q, Measure.ARRESTED, false);
        w.text(people(q) + " in " + place + " on " + day + ".");
        break;
      default:
        w.text("The " + pick(r, EVENTS) + " left ");
        w.quantity(q, Measure.KILLED, false);
        w.text(people(q) + " dead.");
    }
  }

  private static void distractor(RandomGenerator r, Writer w) {
    int n = 2 + r.nextInt(90);
    switch (r.nextInt(10)) {
      case 0:
        w.text("The " + n + "-year-old building collapsed.");
        break;
      case 1:
        w.text("Rescuers worked for " + n + " hours through the night.");
        break;
      case 2:
        w.text(Quantities.digits(n * 37L) + " homes were destroyed.");
        break;
      case 3:
        w.text("A similar disaster struck the region in " + (1950 + r.nextInt(70)) + ".");
        break;
      case 4:
        w.text("Food prices rose " + n + " percent in a month.");
        break;
      case 5:
        w.text("The broadcaster reaches an audience of " + n + " million people in " + (n % 40 + 2) + " languages.");
        break;
      case 6:
        w.text("The local team won " + (n % 5 + 1) + "-" + (n % 3) + " on " + pick(r, DAYS) + ".");
        break;
      case 7:
        w.text("The second blast hit at " + (n % 12 + 1) + ":" + (10 + n % 50) + " a.m.");
        break;
      case 8:
        w.text(Quantities.digits(n * 12L) + " people were rescued, and " + n + " ambulances were sent.");
        break;
      default:
        w.text("Officials promised $" + n + " million in aid over " + (n % 9 + 2) + " years.");
    }
  }
}
