package io.claimcheck.group;

import io.claimcheck.claim.Claim;
import java.util.List;

/**
 * Puts claims about the same quantity together. Implementations must be deterministic and must
 * not depend on the order of their input; callers may supply their own.
 */
public interface Grouper {
  /** The groups of {@code claims}, each claim in exactly one group, ids {@code g1, g2, ...}. */
  List<Group> group(List<Claim> claims);
}
