package io.claimcheck.claim;

import java.util.Objects;

/**
 * A claim's place in one breakdown of a count: the items of one list an article gives ("the dead
 * were 12 Britons, 8 French and 3 Germans") share the breakdown's id, its number of items, and
 * whether the article presents the list as complete. A claim that is no item of a list the
 * extractor recognised has no breakdown (unknown), not an incomplete one.
 *
 * @param id the breakdown's id, unique within its document: {@code b} and the character offset of
 *     the list's first figure ({@code b14}); the items of one list share it
 * @param parts how many items the list has, each a claim with this id: a rule that adds them up
 *     can tell whether it sees them all
 * @param complete whether the article presents the list as the whole ("the dead were ...", "of
 *     whom 20 were women and 30 men", "they came from three countries:" with three items);
 *     false when it says the list is partial ("among them", "including", "and others") or gives
 *     an item without a figure ("and the rest men")
 */
public record Breakdown(String id, int parts, boolean complete) {
  /** Checks the components. */
  public Breakdown {
    Objects.requireNonNull(id, "id");
    if (id.isBlank()) {
      throw new IllegalArgumentException("a breakdown's id must not be blank");
    }
    if (parts < 1) {
      throw new IllegalArgumentException("a breakdown has at least one part, not " + parts);
    }
  }
}
