package io.claimcheck.event;

import io.claimcheck.group.Group;
import java.util.List;

/**
 * What event resolution gives: the events, and the quantities inside them (each claim in exactly
 * one), with ids {@code e1, e2, ...} and {@code g1, g2, ...} in key order.
 *
 * @param events the events
 * @param quantities the quantities, each naming its event
 */
public record Resolution(List<Event> events, List<Group> quantities) {
  /** Copies the lists. */
  public Resolution {
    events = List.copyOf(events);
    quantities = List.copyOf(quantities);
  }
}
