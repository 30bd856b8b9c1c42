package io.claimcheck.report;

import java.util.Objects;

/**
 * An input that was not read, on purpose, and why: a symbolic link not followed, a FIFO or
 * device, a file of another kind, a file or record reached a second time.
 *
 * @param location the path, or {@code path:line} for a record
 * @param reason why it was not read, for a person
 */
public record Skipped(String location, String reason) {
  /** Checks the components. */
  public Skipped {
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(reason, "reason");
  }
}
