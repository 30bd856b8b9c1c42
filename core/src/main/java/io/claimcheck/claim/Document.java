package io.claimcheck.claim;

import java.util.Objects;

/**
 * One article, or one part of a very large one: its source, its text, and where that text starts
 * in the whole document. Offsets that claimcheck reports are UTF-16 indexes into the whole
 * document's text: {@code offset} plus an index into {@link #text()}.
 *
 * <p>A part cut where no sentence ends overlaps its neighbours: its text begins and ends with
 * context that the part before or after owns, so that a figure and its words on two sides of
 * the cut still meet. Only figures that start in {@code [ownStart, ownEnd)} are this part's
 * claims, so each claim comes from one part.
 *
 * @param source where the document comes from
 * @param text the text (of this part, with any context it shares with its neighbours)
 * @param offset the UTF-16 index in the whole document where this text starts; 0 for a whole document
 * @param ownStart where, in {@code text}, the text this part owns starts; 0 but after an overlap
 * @param ownEnd where, in {@code text}, the text this part owns ends; {@code text.length()} but
 *     before an overlap
 */
public record Document(Source source, String text, long offset, int ownStart, int ownEnd) {
  /** Checks the components. */
  public Document {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must be 0 or more, got " + offset);
    }
    if (ownStart < 0 || ownEnd < ownStart || ownEnd > text.length()) {
      throw new IllegalArgumentException("the owned span [" + ownStart + ", " + ownEnd
          + ") must lie within the text of " + text.length() + " characters");
    }
  }

  /** A whole document. */
  public Document(Source source, String text) {
    this(source, text, 0);
  }

  /** A document, or a part of one that owns all of its text. */
  public Document(Source source, String text, long offset) {
    this(source, Objects.requireNonNull(text, "text"), offset, 0, text.length());
  }

  /** Whether this is a part of a larger document rather than a whole one. */
  public boolean isPart() {
    return offset > 0 || overlaps();
  }

  /** Whether the text holds context owned by a neighbouring part. */
  public boolean overlaps() {
    return ownStart > 0 || ownEnd < text.length();
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
