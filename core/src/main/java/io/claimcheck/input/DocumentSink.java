package io.claimcheck.input;

import io.claimcheck.claim.Document;

/** Receives what a {@link DocumentReader} reads, one document or failure at a time. */
public interface DocumentSink {
  /** A document that was read. */
  void document(Document document);

  /** A document, file or line that could not be read. */
  void failure(ReadFailure failure);
}
