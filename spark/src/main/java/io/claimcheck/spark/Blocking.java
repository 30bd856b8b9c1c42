package io.claimcheck.spark;

import io.claimcheck.claim.Claim;
import io.claimcheck.extract.Gazetteer;
import io.claimcheck.extract.Place;

/**
 * The key that cuts claims into blocks that are grouped and checked apart: no group, and no
 * rule's look across groups (a composite and its parts), spans two blocks. Until the event
 * model gives its blocking key, the key is the measure and the country: a claim's first place's
 * country (a composite's places are in one country but for rare stories), or its explicit event
 * id when it has one, or none for claims with no place. The month is not in the key, though
 * smaller blocks would be cheaper: month-dated and undated claims join day groups across months,
 * and an incident on the 31st groups with claims dated the 1st, so a month cut would change the
 * groups and findings from the CLI's.
 */
final class Blocking {
  private Blocking() {}

  static String key(Claim c) {
    if (c.event() != null) {
      return c.measure().name() + "|event|" + c.event();
    }
    if (c.scope().locations().isEmpty()) {
      return c.measure().name() + "|";
    }
    String first = c.scope().locations().stream().sorted().findFirst().orElseThrow();
    String country = Gazetteer.standard().lookup(first).map(Place::countryCode).orElse("?" + first);
    return c.measure().name() + "|" + country;
  }
}
