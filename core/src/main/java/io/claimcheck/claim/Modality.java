package io.claimcheck.claim;

import java.util.Locale;

/**
 * Whether a figure is a count the source reports, or a figure that is not a count: a projection
 * ("could rise to 10,000", "feared to exceed 500") or a denial ("3,000 did not die"). Only
 * reported counts enter the rules' arithmetic.
 */
public enum Modality {
  /** A count the source gives as so: "killed at least 87". */
  REPORTED,
  /** A figure the source expects or fears, not a count: "could rise to 10,000". */
  PROJECTED,
  /** A figure the source denies: "3,000 did not die". */
  DENIED;

  /** Made once: the reports name a severity or modality on a million lines. */
  private final String id = name().toLowerCase(Locale.ROOT);

  /** The name used in JSON: {@code reported}. */
  public String id() {
    return id;
  }

  /** The modality with this JSON name, ignoring case. */
  public static Modality of(String id) {
    for (Modality m : values()) {
      if (m.id().equalsIgnoreCase(id.strip())) {
        return m;
      }
    }
    throw new IllegalArgumentException("'" + id + "' is not a modality; expected reported, projected or denied");
  }
}
