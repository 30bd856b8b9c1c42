package io.claimcheck.number;

import io.claimcheck.quantity.Interval;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What vague counts mean: "dozens" is {@code [24, 99]} in the default profile and
 * {@code [12, ∞)} in the conservative one. Phrases are matched case-insensitively, word by word.
 * Immutable; {@link #with} returns a changed copy.
 */
public final class VagueLexicon {

  /**
   * The meaning of one vague phrase.
   *
   * @param interval the values it allows
   * @param approximate whether rules should widen it further by their tolerance ("a dozen")
   */
  public record Entry(Interval interval, boolean approximate) {
    /** Checks that the interval has a lower bound, used as the phrase's representative value. */
    public Entry {
      Objects.requireNonNull(interval, "interval");
      if (interval.lower().isEmpty()) {
        throw new IllegalArgumentException("a vague count needs a lower bound, got " + interval);
      }
    }
  }

  private static final VagueLexicon DEFAULT =
      new VagueLexicon("default", new LinkedHashMap<>())
          .with("a dozen", Interval.exactly(12), true)
          .with("dozens", Interval.between(24, 99), false)
          .with("several dozen", Interval.between(36, 119), false)
          .with("a few dozen", Interval.between(24, 99), false)
          .with("tens", Interval.between(20, 99), false)
          .with("scores", Interval.between(40, 199), false)
          .with("hundreds", Interval.between(200, 999), false)
          .with("several hundred", Interval.between(300, 999), false)
          .with("a few hundred", Interval.between(200, 999), false)
          .with("thousands", Interval.between(2_000, 9_999), false)
          .with("several thousand", Interval.between(3_000, 9_999), false)
          .with("a few thousand", Interval.between(2_000, 9_999), false)
          .with("tens of thousands", Interval.between(20_000, 99_999), false)
          .with("hundreds of thousands", Interval.between(200_000, 999_999), false)
          .with("millions", Interval.between(2_000_000, 999_999_999), false)
          .with("tens of millions", Interval.between(20_000_000, 99_999_999), false)
          .with("hundreds of millions", Interval.between(200_000_000, 999_999_999), false);

  private static final VagueLexicon CONSERVATIVE =
      new VagueLexicon("conservative", new LinkedHashMap<>())
          .with("a dozen", Interval.exactly(12), true)
          .with("dozens", Interval.atLeast(12), false)
          .with("several dozen", Interval.atLeast(12), false)
          .with("a few dozen", Interval.atLeast(12), false)
          .with("tens", Interval.atLeast(10), false)
          .with("scores", Interval.atLeast(20), false)
          .with("hundreds", Interval.atLeast(100), false)
          .with("several hundred", Interval.atLeast(100), false)
          .with("a few hundred", Interval.atLeast(100), false)
          .with("thousands", Interval.atLeast(1_000), false)
          .with("several thousand", Interval.atLeast(1_000), false)
          .with("a few thousand", Interval.atLeast(1_000), false)
          .with("tens of thousands", Interval.atLeast(10_000), false)
          .with("hundreds of thousands", Interval.atLeast(100_000), false)
          .with("millions", Interval.atLeast(1_000_000), false)
          .with("tens of millions", Interval.atLeast(10_000_000), false)
          .with("hundreds of millions", Interval.atLeast(100_000_000), false);

  private final String name;
  private final Map<String, Entry> entries;

  private VagueLexicon(String name, Map<String, Entry> entries) {
    this.name = name;
    this.entries = Collections.unmodifiableMap(entries);
  }

  /** The default profile: "dozens" {@code [24, 99]}, "hundreds" {@code [200, 999]}, ... */
  public static VagueLexicon defaults() {
    return DEFAULT;
  }

  /**
   * The conservative profile, after ACLED's coding of vague fatality reports: tens 10, dozens 12,
   * hundreds 100, thousands 1,000, each as a lower bound.
   */
  public static VagueLexicon conservative() {
    return CONSERVATIVE;
  }

  /**
   * A named profile: {@code default} or {@code conservative}.
   *
   * @throws IllegalArgumentException naming the known profiles when {@code name} is not one
   */
  public static VagueLexicon profile(String name) {
    Objects.requireNonNull(name, "name");
    switch (name.toLowerCase(Locale.ROOT)) {
      case "default":
        return DEFAULT;
      case "conservative":
        return CONSERVATIVE;
      default:
        throw new IllegalArgumentException(
            "unknown vague-count profile '" + name + "'; expected 'default' or 'conservative'");
    }
  }

  /**
   * A copy with {@code phrase} meaning {@code interval}, replacing any earlier meaning.
   *
   * @param phrase one or more words of letters, such as "a handful"
   * @throws IllegalArgumentException if the phrase is blank or holds anything but letters and
   *     single spaces
   */
  public VagueLexicon with(String phrase, Interval interval, boolean approximate) {
    String key = normalise(phrase);
    Map<String, Entry> copy = new LinkedHashMap<>(entries);
    copy.put(key, new Entry(interval, approximate));
    return new VagueLexicon(name.endsWith("+") ? name : name + "+", copy);
  }

  /** A copy without {@code phrase}. */
  public VagueLexicon without(String phrase) {
    Map<String, Entry> copy = new LinkedHashMap<>(entries);
    copy.remove(normalise(phrase));
    return new VagueLexicon(name.endsWith("+") ? name : name + "+", copy);
  }

  /** The profile name; a changed copy carries its origin's name followed by {@code +}. */
  public String name() {
    return name;
  }

  /** Every phrase and its meaning, in the order they were added. */
  public Map<String, Entry> entries() {
    return entries;
  }

  /** The meaning of {@code phrase}, if the lexicon has it. */
  public Optional<Entry> lookup(String phrase) {
    return Optional.ofNullable(entries.get(normalise(phrase)));
  }

  /** The representative value of an entry: its lower bound. */
  static BigDecimal representative(Entry entry) {
    return entry.interval().lower().orElseThrow();
  }

  private static String normalise(String phrase) {
    Objects.requireNonNull(phrase, "phrase");
    String key = phrase.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
    if (key.isEmpty()) {
      throw new IllegalArgumentException("a vague-count phrase must not be blank");
    }
    for (int i = 0; i < key.length(); i++) {
      char c = key.charAt(i);
      if (!(c == ' ' || (c >= 'a' && c <= 'z'))) {
        throw new IllegalArgumentException(
            "a vague-count phrase holds ASCII letters and spaces only, got '" + phrase + "'");
      }
    }
    return key;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VagueLexicon && ((VagueLexicon) o).entries.equals(entries);
  }

  @Override
  public int hashCode() {
    return entries.hashCode();
  }

  @Override
  public String toString() {
    return "VagueLexicon[" + name + ", " + entries.size() + " phrases]";
  }
}
