package io.claimcheck;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.input.ReadFailure;
import java.util.List;

/**
 * Receives what an {@link Extraction} hands on: each document's claims, and the claims and read
 * failures that came with the documents, in the order they came, one at a time, on the thread
 * that feeds the extraction, however many threads extract.
 */
public interface ExtractionSink {
  /** The claims of one document (or one part of a large one), in text order; empty when none. */
  void extracted(Document document, List<Claim> claims);

  /**
   * A document whose extraction failed (a fault of claimcheck's, not of the document): reported
   * so that it is never lost, and the other documents go on.
   */
  void failed(Document document, String reason);

  /** A claim read with the documents (claims JSON Lines), passed on in its place. */
  void claim(Claim claim);

  /**
   * A claim read with the documents from line {@code line} of {@code file} (see
   * {@link io.claimcheck.input.DocumentSink#claim(Claim, String, int)}), passed on in its place;
   * {@link #claim(Claim)} unless overridden.
   */
  default void claim(Claim claim, String file, int line) {
    claim(claim);
  }

  /** A read failure, passed on in its place. */
  void failure(ReadFailure failure);

  /**
   * An input deliberately not read (see {@link io.claimcheck.input.DocumentSink#skipped}),
   * passed on in its place; ignored unless overridden.
   */
  default void skipped(ReadFailure skipped) {
    // nothing readable was there
  }
}
