package io.claimcheck.input;

import java.util.Objects;

/**
 * A document, file or line that could not be read, and why.
 *
 * @param location where: a path, or {@code path:line} for one line of a JSON Lines file
 * @param document the id the document would have had, or the location when there is none
 * @param reason what was wrong and what was expected, for a person
 */
public record ReadFailure(String location, String document, String reason) {
  /** Checks the components. */
  public ReadFailure {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(reason, "reason");
  }

  /** {@code seeds/x.txt: is not valid UTF-8 text}. */
  @Override
  public String toString() {
    return location + ": " + reason;
  }
}
