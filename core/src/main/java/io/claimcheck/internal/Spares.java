package io.claimcheck.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * Scratch space a thread keeps from one document's run for the next (a lexer's arrays, a
 * matcher), so that a thread reading document after document does not make and clear it anew for
 * each: at most one of a kind per thread, taken by a run and given back when it ends, so that a
 * run started inside another (from a sink) makes its own. Internal, not API.
 *
 * <p>What is kept is bounded by each kind (see docs/scale.md: a few megabytes a thread at most),
 * and {@link #forgetAll} lets it go when a thread's part of a run ends, as an extraction's threads
 * do, so that a pool thread that extracted once keeps nothing after.
 */
public final class Spares<T> {
  private static final List<ThreadLocal<?>> ALL = new CopyOnWriteArrayList<>();

  private final ThreadLocal<@Nullable T> held = new ThreadLocal<>();

  /** A kind of spare; made once per kind, in a static field. */
  public Spares() {
    ALL.add(held);
  }

  /** This thread's spare, now no longer held, or null when there is none. */
  public @Nullable T take() {
    T t = held.get();
    if (t != null) {
      held.set(null);
    }
    return t;
  }

  /** Keeps {@code spare} for the next {@link #take} on this thread. */
  public void keep(T spare) {
    held.set(spare);
  }

  /** Lets go of every spare this thread holds, of every kind. */
  public static void forgetAll() {
    for (ThreadLocal<?> t : ALL) {
      t.remove();
    }
  }
}
