package io.claimcheck.claim;

import java.util.Locale;
import java.util.Objects;

/**
 * What a claim counts: an open vocabulary, with the built-in measures as constants. Names are
 * lower-case words ("killed", "injured"); callers may use their own ("evacuated").
 */
public record Measure(String name) implements Comparable<Measure> {
  /** People killed. */
  public static final Measure KILLED = new Measure("killed");
  /** People injured or wounded. */
  public static final Measure INJURED = new Measure("injured");
  /** People missing. */
  public static final Measure MISSING = new Measure("missing");
  /** People displaced: fled, evacuated, left homeless. */
  public static final Measure DISPLACED = new Measure("displaced");
  /** People arrested or detained. */
  public static final Measure ARRESTED = new Measure("arrested");

  /** Normalises the name to lower case and checks it. */
  public Measure {
    Objects.requireNonNull(name, "name");
    name = name.strip().toLowerCase(Locale.ROOT);
    if (name.isEmpty()) {
      throw new IllegalArgumentException("a measure needs a name");
    }
  }

  /** The measure named {@code name}. */
  public static Measure of(String name) {
    Measure m = new Measure(name);
    switch (m.name) {
      case "killed":
        return KILLED;
      case "injured":
        return INJURED;
      case "missing":
        return MISSING;
      case "displaced":
        return DISPLACED;
      case "arrested":
        return ARRESTED;
      default:
        return m;
    }
  }

  @Override
  public int compareTo(Measure o) {
    return name.compareTo(o.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
