package io.claimcheck.spark;

import io.claimcheck.claim.Document;
import io.claimcheck.claim.Source;
import java.io.Serializable;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * One record between the stages of a job, encoded as plain strings and numbers (no core type
 * crosses the wire): a document read, a claim (read, or extracted from a document), a read
 * failure, or how a document fared. {@link #ordinal} and {@link #seq} place it in the CLI's
 * reading order; {@link #index} places a claim within its document.
 */
final class Item implements Serializable {
  private static final long serialVersionUID = 1L;

  enum Kind { DOCUMENT, CLAIM, FAILURE, STATUS, SKIPPED }

  Kind kind;
  int ordinal;
  long seq;
  int index;
  /** The document's id (for a claim, its document's; for a failure, the document it would have been). */
  String id = "";
  @Nullable String outlet;
  @Nullable String published;
  @Nullable String url;
  @Nullable String title;
  /** The file a document was read from, as given, and its line in a JSON Lines file (0 if none). */
  @Nullable String path;
  int line;
  @Nullable String text;
  long offset;
  /** The span of {@link #text} a part of a document owns (see {@link Document#ownStart()}). */
  int ownStart;
  int ownEnd;
  /** A claim as claims JSON Lines hold it. */
  @Nullable String json;
  /** A claim's figures exactly ({@link Exact}). */
  @Nullable String exact;
  /** A failure's location and reason, or a status's error. */
  @Nullable String location;
  @Nullable String reason;
  int claims;

  static Item document(int ordinal, long seq, Document d) {
    Item i = new Item();
    i.kind = Kind.DOCUMENT;
    i.ordinal = ordinal;
    i.seq = seq;
    i.id = d.id();
    Source s = d.source();
    i.outlet = s.outlet();
    i.published = s.published() == null ? null : s.published().toString();
    i.url = s.url();
    i.title = s.title();
    i.path = s.path();
    i.line = s.line();
    i.text = d.text();
    i.offset = d.offset();
    i.ownStart = d.ownStart();
    i.ownEnd = d.ownEnd();
    return i;
  }

  Document toDocument() {
    return new Document(new Source(id, outlet, published == null ? null : LocalDate.parse(published), url, title,
        path, line), text == null ? "" : text, offset, ownStart, text == null ? 0 : ownEnd);
  }

  static Item claim(int ordinal, long seq, int index, io.claimcheck.claim.Claim claim) {
    Item i = new Item();
    String json = io.claimcheck.report.ClaimJson.toJson(claim);
    String documentId = claim.documentId();
    i.exact = Exact.encode(claim);
    i.kind = Kind.CLAIM;
    i.ordinal = ordinal;
    i.seq = seq;
    i.index = index;
    i.id = documentId;
    i.json = json;
    return i;
  }

  static Item failure(int ordinal, long seq, String document, String location, String reason) {
    Item i = new Item();
    i.kind = Kind.FAILURE;
    i.ordinal = ordinal;
    i.seq = seq;
    i.id = document;
    i.location = location;
    i.reason = reason;
    return i;
  }

  static Item status(int ordinal, long seq, String document, @Nullable String outlet, int claims,
      @Nullable String error) {
    Item i = new Item();
    i.kind = Kind.STATUS;
    i.ordinal = ordinal;
    i.seq = seq;
    i.id = document;
    i.outlet = outlet;
    i.claims = claims;
    i.reason = error;
    return i;
  }

  /** A copy, to change without changing this one. */
  Item copy() {
    Item i = new Item();
    i.kind = kind;
    i.ordinal = ordinal;
    i.seq = seq;
    i.index = index;
    i.id = id;
    i.outlet = outlet;
    i.published = published;
    i.url = url;
    i.title = title;
    i.path = path;
    i.line = line;
    i.text = text;
    i.offset = offset;
    i.ownStart = ownStart;
    i.ownEnd = ownEnd;
    i.json = json;
    i.exact = exact;
    i.location = location;
    i.reason = reason;
    i.claims = claims;
    return i;
  }

  /** The place in the reading order. */
  Order order() {
    return new Order(ordinal, seq, index);
  }

  /** A place in the CLI's order: file, record within it, claim within the record. */
  record Order(int ordinal, long seq, int index) implements Comparable<Order>, Serializable {
    private static final long serialVersionUID = 1L;

    @Override
    public int compareTo(Order o) {
      int c = Integer.compare(ordinal, o.ordinal);
      if (c == 0) {
        c = Long.compare(seq, o.seq);
      }
      return c != 0 ? c : Integer.compare(index, o.index);
    }
  }
}
