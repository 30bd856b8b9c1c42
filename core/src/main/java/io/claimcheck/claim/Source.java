package io.claimcheck.claim;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a document comes from: its id, the outlet that published it, when, where, and its title.
 * Only the id is always known; unknown values stay absent, never guessed.
 *
 * @param documentId the document's id, unique within one run ("004_a553790e17b1e085")
 * @param outlet the publishing outlet ("Financial Tribune"), or null when unknown
 * @param published the publication date, or null when unknown
 * @param url the article's address, or null
 * @param title the article's title, or null
 */
public record Source(
    String documentId,
    @Nullable String outlet,
    @Nullable LocalDate published,
    @Nullable String url,
    @Nullable String title) {

  /** Checks the id. */
  public Source {
    Objects.requireNonNull(documentId, "documentId");
    if (documentId.isBlank()) {
      throw new IllegalArgumentException("a document id must not be blank");
    }
  }

  /** A source known only by its document id. */
  public static Source of(String documentId) {
    return new Source(documentId, null, null, null, null);
  }

  /** The outlet if known. */
  public Optional<String> outletName() {
    return Optional.ofNullable(outlet);
  }

  /** The publication date if known. */
  public Optional<LocalDate> publishedOn() {
    return Optional.ofNullable(published);
  }

  /** The outlet's name, or the document id when the outlet is unknown: what messages print. */
  public String displayName() {
    return outlet != null ? outlet : documentId;
  }
}
