package io.claimcheck.report;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * How one document fared: read with so many claims, or failed with a reason.
 *
 * @param document the document's id (or, when it could not be read, where it was)
 * @param source its outlet, or null
 * @param claims how many claims it gave
 * @param error why it could not be read, or null when it was
 */
public record DocumentStatus(String document, @Nullable String source, int claims, @Nullable String error) {
  /** Checks the components. */
  public DocumentStatus {
    Objects.requireNonNull(document, "document");
  }
}
