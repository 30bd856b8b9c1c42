package io.claimcheck.report;

import io.claimcheck.claim.Source;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How one document fared: read with so many claims, or failed with a reason; and where it came
 * from, so that a report can be traced back to the articles.
 *
 * @param document the document's id (or, when it could not be read, where it was)
 * @param source its outlet, or null
 * @param claims how many claims it gave
 * @param error why it could not be read, or null when it was
 * @param url the article's address, or null
 * @param title the article's title, or null
 * @param path the file it was read from, as given, or null
 */
public record DocumentStatus(
    String document, @Nullable String source, int claims, @Nullable String error, @Nullable String url,
    @Nullable String title, @Nullable String path) {
  /** Checks the components. */
  public DocumentStatus {
    Objects.requireNonNull(document, "document");
    if (claims < 0) {
      throw new IllegalArgumentException("claims must be 0 or more, got " + claims);
    }
  }

  /** A status without provenance. */
  public DocumentStatus(String document, @Nullable String source, int claims, @Nullable String error) {
    this(document, source, claims, error, null, null, null);
  }

  /** The status of a document read from {@code from}. */
  public static DocumentStatus of(Source from, int claims, @Nullable String error) {
    return new DocumentStatus(from.documentId(), from.outlet(), claims, error, from.url(), from.title(), from.path());
  }

  /** The error, if the document could not be read. */
  public Optional<String> failure() {
    return Optional.ofNullable(error);
  }

  /** This status with {@code more} claims, the first error kept, and provenance filled in from {@code other}. */
  public DocumentStatus merge(DocumentStatus other) {
    return new DocumentStatus(document, first(source, other.source), claims + other.claims, first(error, other.error),
        first(url, other.url), first(title, other.title), first(path, other.path));
  }

  private static @Nullable String first(@Nullable String a, @Nullable String b) {
    return a != null ? a : b;
  }
}
