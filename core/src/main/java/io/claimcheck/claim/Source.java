package io.claimcheck.claim;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Where a document comes from: its id, the outlet that published it, when, its address and
 * title, and the file it was read from. Only the id is always known; unknown values stay absent,
 * never guessed.
 *
 * @param documentId the document's id, unique within one run ("004_a553790e17b1e085")
 * @param outlet the publishing outlet ("Financial Tribune"), or null when unknown
 * @param published the publication date, or null when unknown
 * @param url the article's address, or null
 * @param title the article's title, or null
 * @param path the file it was read from, as given on the command line or to the reader
 *     ({@code seeds/004_a553790e17b1e085.txt}), or null when it came from elsewhere
 * @param line for a document that is one record of a JSON Lines file, the record's line (from
 *     1); 0 when the document is the whole file or has no file
 */
public record Source(
    String documentId,
    @Nullable String outlet,
    @Nullable LocalDate published,
    @Nullable String url,
    @Nullable String title,
    @Nullable String path,
    int line) {

  /** Checks the id and the line. */
  public Source {
    Objects.requireNonNull(documentId, "documentId");
    if (documentId.isBlank()) {
      throw new IllegalArgumentException("a document id must not be blank");
    }
    if (line < 0) {
      throw new IllegalArgumentException("line must be 0 or more, got " + line);
    }
  }

  /** A source not read from a file. */
  public Source(String documentId, @Nullable String outlet, @Nullable LocalDate published, @Nullable String url,
      @Nullable String title) {
    this(documentId, outlet, published, url, title, null, 0);
  }

  /** This source as read from {@code file} (at {@code recordLine}, or 0 for the whole file). */
  public Source readFrom(String file, int recordLine) {
    return new Source(documentId, outlet, published, url, title, Objects.requireNonNull(file, "file"), recordLine);
  }

  /** The article's address, if known. */
  public Optional<String> address() {
    return Optional.ofNullable(url);
  }

  /** The file it was read from, if any. */
  public Optional<String> file() {
    return Optional.ofNullable(path);
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
