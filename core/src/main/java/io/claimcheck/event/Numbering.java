package io.claimcheck.event;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The ids and keys of a resolution's events and quantities, given across all its blocks.
 *
 * <p>Ids are {@code e1, e2, ...} and {@code g1, g2, ...} in the order of the events' and the
 * quantities' keys (ties broken by their first claim's id), and a key that several share gets
 * {@code -2}, {@code -3}, ... in that order: so an id depends on every block, and a runner that
 * resolves blocks apart numbers them in three steps. It gathers every block's {@link Name names}
 * ({@link DefaultEventResolver#names}), makes one numbering of them all ({@link #of}), and
 * resolves each block again with it ({@link DefaultEventResolver#resolve(String, java.util.List,
 * java.util.Map, Numbering)}). A name is two short strings, so the numbering of a million claims
 * is a few megabytes. Immutable, thread-safe and serialisable, so it can be sent to workers.
 */
public final class Numbering implements Serializable {
  private static final long serialVersionUID = 1L;

  /** What a name is of. */
  public enum Kind {
    /** An event. */
    EVENT,
    /** A quantity. */
    QUANTITY
  }

  /**
   * What an event or a quantity is numbered by.
   *
   * @param kind event or quantity
   * @param key its key before repeated keys are told apart
   * @param firstClaim the smallest id of its claims, which no other event (or quantity) has
   */
  public record Name(Kind kind, String key, String firstClaim) implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Checks the components. */
    public Name {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(firstClaim, "firstClaim");
    }
  }

  /**
   * An id and the key it is shown with.
   *
   * @param id {@code e1}, {@code g7}, ...
   * @param key the key, with {@code -n} when others share it
   */
  public record Assigned(String id, String key) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  private static final Comparator<Name> ORDER = Comparator.comparing(Name::key).thenComparing(Name::firstClaim);

  private final HashMap<Name, Assigned> assigned;
  private final int events;

  private Numbering(HashMap<Name, Assigned> assigned, int events) {
    this.assigned = assigned;
    this.events = events;
  }

  /**
   * The numbering of {@code names}, gathered from every block in any order.
   *
   * @throws IllegalArgumentException if two events (or two quantities) have the same first claim
   */
  public static Numbering of(Collection<Name> names) {
    List<Name> es = new ArrayList<>();
    List<Name> qs = new ArrayList<>();
    for (Name n : names) {
      (n.kind() == Kind.EVENT ? es : qs).add(n);
    }
    HashMap<Name, Assigned> out = new HashMap<>((es.size() + qs.size()) * 4 / 3 + 1);
    number(es, "e", out);
    number(qs, "g", out);
    return new Numbering(out, es.size());
  }

  private static void number(List<Name> names, String prefix, Map<Name, Assigned> out) {
    names.sort(ORDER);
    Map<String, Integer> seen = new HashMap<>();
    Set<String> firsts = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      Name n = names.get(i);
      if (!firsts.add(n.firstClaim())) {
        throw new IllegalArgumentException("two " + n.kind().name().toLowerCase(Locale.ROOT)
            + " names have the first claim '" + n.firstClaim() + "': each claim is resolved in one block only");
      }
      int k = seen.merge(n.key(), 1, Integer::sum);
      out.put(n, new Assigned(prefix + (i + 1), k > 1 ? n.key() + "-" + k : n.key()));
    }
  }

  /** The id and key of the event or quantity named so; empty when no block gave that name. */
  public Optional<Assigned> of(Name name) {
    return Optional.ofNullable(assigned.get(name));
  }

  /** How many events it numbers. */
  public int events() {
    return events;
  }

  /** How many quantities it numbers. */
  public int quantities() {
    return assigned.size() - events;
  }
}
