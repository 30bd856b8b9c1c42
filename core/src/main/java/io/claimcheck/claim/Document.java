package io.claimcheck.claim;

import java.util.Objects;

/**
 * One article: its source and its text. Offsets that claimcheck reports are UTF-16 indexes into
 * {@link #text()}.
 */
public record Document(Source source, String text) {
  /** Checks the components. */
  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
  }

  /** The document's id: {@code source().documentId()}. */
  public String id() {
    return source.documentId();
  }

  @Override
  public String toString() {
    return "Document[" + id() + ", " + text.length() + " chars]";
  }
}
