package io.claimcheck.rules;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; printed lower-case. Ordered from most to least serious. */
public enum Severity {
  /** Two figures cannot both be true. */
  ERROR,
  /** Figures that can both be true but disagree more than they should. */
  WARNING,
  /** Worth knowing; not a problem. */
  INFO;

  /** Made once: the reports name a severity or modality on a million lines. */
  private final String id = name().toLowerCase(Locale.ROOT);

  /** {@code error}, {@code warning}, {@code info}. */
  public String id() {
    return id;
  }

  /** The severity named {@code id} (any case), if it is one. */
  public static Optional<Severity> parse(String id) {
    for (Severity s : values()) {
      if (s.id().equalsIgnoreCase(id.strip())) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /** Whether this is at least as serious as {@code other}. */
  public boolean atLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
