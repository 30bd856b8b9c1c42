package io.claimcheck.spark;

import io.claimcheck.claim.Claim;

/**
 * The key that cuts claims into blocks that are resolved and checked apart. Event resolution
 * blocks by document, not by claim: every claim of a document goes to the block of the
 * document's main place (its country, {@code DocumentProfile.blockKey()}), which a claim alone
 * cannot tell (the main place may come from the title or from the document's other claims). Until
 * this runner groups claims by document before it blocks them (then
 * {@code DefaultEventResolver.blockKey(profile, claims)} gives the key), all claims are one block:
 * the same events, quantities and findings as the CLI, without the check phase's parallelism.
 * Claims with an explicit event id keep a block of their own, as resolution keeps their event.
 */
final class Blocking {
  private Blocking() {}

  static String key(Claim c) {
    if (c.event() != null) {
      return "event|" + c.event();
    }
    return "all";
  }
}
