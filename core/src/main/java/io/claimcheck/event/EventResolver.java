package io.claimcheck.event;

import io.claimcheck.claim.Claim;
import java.util.List;
import java.util.Map;

/**
 * Resolves claims into events and the quantities inside them: the event-resolution SPI, which
 * callers may replace ({@code ClaimCheck.builder().resolver(...)}). Implementations must be
 * deterministic, must not depend on the order of their input, and must put each claim in exactly
 * one quantity of one event.
 */
public interface EventResolver {
  /**
   * The events and quantities of {@code claims}; {@code profiles} holds what was read of each
   * document's title and lead, by document id (it may lack documents, such as claims read from
   * JSON Lines, whose profile the resolver makes from the claims). A run's {@code claims} may be
   * an immutable list that makes each claim again on each get (held packed): keep positions in it
   * rather than the claims themselves, and compare claims with {@code equals}, not {@code ==}.
   */
  Resolution resolve(List<Claim> claims, Map<String, DocumentProfile> profiles);

  /** Reads what a document is mainly about, for {@link #resolve}; the default reads nothing. */
  default DocumentProfile profile(io.claimcheck.claim.Document document) {
    return DocumentProfile.unknown(document.id(), document.source().published());
  }
}
