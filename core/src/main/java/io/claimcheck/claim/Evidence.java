package io.claimcheck.claim;

import java.util.Objects;

/**
 * Where a claim stands in its document.
 *
 * @param start UTF-16 index of the quantity phrase in the document text
 * @param end index just past the quantity phrase
 * @param sentence the sentence holding it, as printed
 */
public record Evidence(int start, int end, String sentence) {
  /** Checks the span. */
  public Evidence {
    Objects.requireNonNull(sentence, "sentence");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad evidence span [" + start + ", " + end + ")");
    }
  }
}
