package io.claimcheck.claim;

import java.util.Objects;

/**
 * One article, or one part of a very large one: its source, its text, and where that text starts
 * in the whole document. Offsets that claimcheck reports are UTF-16 indexes into the whole
 * document's text: {@code offset} plus an index into {@link #text()}.
 *
 * @param source where the document comes from
 * @param text the text (of this part)
 * @param offset the UTF-16 index in the whole document where this text starts; 0 for a whole document
 */
public record Document(Source source, String text, long offset) {
  /** Checks the components. */
  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, got " + offset);
    }
  }

  /** A whole document. */
  public Document(Source source, String text) {
    this(source, text, 0);
  }

  /** Whether this is a part of a larger document rather than a whole one. */
  public boolean isPart() {
    return offset > 0;
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
