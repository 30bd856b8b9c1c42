package io.claimcheck.input;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;

/** Receives what a {@link DocumentReader} reads, one document or failure at a time. */
public interface DocumentSink {
  /** A document that was read. */
  void document(Document document);

  /** A document, file or line that could not be read. */
  void failure(ReadFailure failure);

  /**
   * A claim read from claims JSON Lines. Sinks that take documents only report it as a
   * failure, so it is never dropped silently.
   */
  default void claim(Claim claim) {
    failure(new ReadFailure(claim.id(), claim.documentId(), "is a claim; this command reads documents, not claims"));
  }

  /**
   * A claim read from line {@code line} of {@code file} ({@code claims.jsonl} and 12), for what is
   * said about it: a repeated id names where the repeat is. A claim of no line (a JSON file, an
   * element of a JSON array) has line 0, and {@code file} names it ({@code claims.json[3]}).
   * {@link #claim(Claim)} unless overridden; readers call this one.
   */
  default void claim(Claim claim, String file, int line) {
    claim(claim);
  }

  /** Where a claim handed to {@link #claim(Claim, String, int)} was read: {@code file:line}, or the file. */
  static String location(String file, int line) {
    return line > 0 ? file + ":" + line : file;
  }

  /**
   * A file or record that was deliberately not read: a symbolic link not followed, a FIFO or
   * device, a file of another kind, a file or record reached a second time. Nothing readable
   * is among them; sinks that do not list skipped inputs may ignore them, as this default does.
   */
  default void skipped(ReadFailure skipped) {
    // deliberate: see above
  }
}
