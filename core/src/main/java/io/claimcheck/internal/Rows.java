package io.claimcheck.internal;

import java.util.AbstractList;
import java.util.List;
import java.util.Objects;
import java.util.RandomAccess;
import java.util.function.IntFunction;
import org.jspecify.annotations.Nullable;

/**
 * An immutable list whose elements are made when asked for, from rows held elsewhere (a packed
 * table of a million claims): each {@link #get} makes its element again, equal to the one before,
 * so that a list of a million holds no million objects. A {@link #select selection} of some of its
 * positions is such a list too, over the same rows.
 *
 * <p>Immutable: every call that would change it throws {@link UnsupportedOperationException}.
 * Serialised, it is an immutable copy of its elements.
 * Safe to share between threads when making an element is (reading rows no one changes is).
 *
 * @param <T> the elements
 */
public abstract class Rows<T> extends AbstractList<T> implements RandomAccess, java.io.Serializable {
  private static final long serialVersionUID = 1L;

  private Rows() {}

  /** Serialised as an immutable copy of its elements ({@link List#copyOf}): what it reads from stays here. */
  protected final Object writeReplace() {
    return List.copyOf(this);
  }

  /**
   * The list of {@code size} elements, element {@code i} made by {@code make.apply(i)} on each
   * {@link #get}; {@code make} must give equal elements for the same position, from any thread.
   *
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public static <T> Rows<T> of(int size, IntFunction<? extends T> make) {
    return of(size, make, null);
  }

  /**
   * The same, whose rows' keys {@code keys} reads without making an element ({@link #keys}).
   *
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public static <T> Rows<T> of(int size, IntFunction<? extends T> make, @Nullable Keys keys) {
    if (size < 0) {
      throw new IllegalArgumentException("a list of " + size + " elements");
    }
    return new Made<>(size, Objects.requireNonNull(make, "make"), keys, null);
  }

  /**
   * The same, whose rows' tags {@code tags} gives without making an element ({@link #tags}): a
   * small number an element has, such as a finding's severity, that a pass over the list may need
   * alone.
   *
   * @throws IllegalArgumentException if {@code size} is negative
   */
  public static <T> Rows<T> tagged(int size, IntFunction<? extends T> make, java.util.function.IntUnaryOperator tags) {
    if (size < 0) {
      throw new IllegalArgumentException("a list of " + size + " elements");
    }
    return new Made<>(size, Objects.requireNonNull(make, "make"), null, Objects.requireNonNull(tags, "tags"));
  }

  /**
   * The tags of {@code list}'s elements by their positions in {@code list}, when it is one of these
   * made {@link #tagged}; else null.
   */
  public static java.util.function.@Nullable IntUnaryOperator tags(List<?> list) {
    if (!(list instanceof Rows<?> rows) || rows.base().tags == null) {
      return null;
    }
    java.util.function.IntUnaryOperator all = rows.base().tags;
    return rows instanceof Made<?> ? all : i -> all.applyAsInt(rows.row(i));
  }

  /**
   * What can be read of the claims of a packed table by position without making the claim (a
   * claim is six objects; its id is one string): their ids, document ids and publication days.
   * Safe to share between threads when nothing is added to the table any more.
   */
  public interface Keys {
    /** The id of the claim at {@code row}: a new string each call, equal to the claim's. */
    String id(int row);

    /** Whether the id of the claim at {@code row} is {@code id}, without making a string. */
    boolean idIs(int row, String id);

    /** The document id of the claim at {@code row}: a new string each call, equal to the claim's. */
    String documentId(int row);

    /** The publication day of the claim at {@code row}'s source, or null. */
    java.time.@Nullable LocalDate published(int row);

    /** {@code documentId(a).compareTo(documentId(b))}, without making either string. */
    int compareDocumentIds(int a, int b);
  }

  /**
   * The keys of {@code list}'s elements by their positions in {@code list} (through a selection to
   * the rows it selects), when it is one of these made with keys; else null.
   */
  public static @Nullable Keys keys(List<?> list) {
    if (!(list instanceof Rows<?> rows) || rows.base().keys == null) {
      return null;
    }
    Keys all = rows.base().keys;
    if (rows instanceof Made<?>) {
      return all;
    }
    return new Keys() {
      @Override
      public String id(int row) {
        return all.id(rows.row(row));
      }

      @Override
      public boolean idIs(int row, String id) {
        return all.idIs(rows.row(row), id);
      }

      @Override
      public String documentId(int row) {
        return all.documentId(rows.row(row));
      }

      @Override
      public java.time.@Nullable LocalDate published(int row) {
        return all.published(rows.row(row));
      }

      @Override
      public int compareDocumentIds(int a, int b) {
        return all.compareDocumentIds(rows.row(a), rows.row(b));
      }
    };
  }

  /**
   * {@code list} itself when it is one of these (immutable already), else an immutable copy of it
   * ({@link List#copyOf}).
   */
  public static <T> List<T> copyOf(List<T> list) {
    return list instanceof Rows<T> rows ? rows : List.copyOf(list);
  }

  /**
   * The elements of {@code list} at {@code positions}, in that order: a view over the same rows
   * when {@code list} is one of these, else an immutable copy of those elements.
   *
   * @throws IndexOutOfBoundsException if a position is not in {@code list}
   */
  public static <T> List<T> select(List<T> list, int[] positions) {
    int size = list.size();
    for (int p : positions) {
      Objects.checkIndex(p, size);
    }
    if (list instanceof Rows<T> rows) {
      return rows.selected(positions.clone());
    }
    @SuppressWarnings("unchecked")
    T[] out = (T[]) new Object[positions.length];
    for (int i = 0; i < positions.length; i++) {
      out[i] = list.get(positions[i]);
    }
    return List.of(out);
  }

  /**
   * Whether every element of {@code part} is an element of {@code whole} because both are made
   * from the same rows ({@code part} is {@code whole} or a selection of it, {@code whole} the
   * list of every row): then {@code part} needs no look of its own where {@code whole} was looked
   * at. False whenever it cannot be told without looking at the elements, and so when
   * {@code whole} is itself a selection (it may lack rows {@code part} has).
   */
  public static boolean within(List<?> part, List<?> whole) {
    return part instanceof Rows<?> p && whole instanceof Made<?> w && p.base() == w;
  }

  /** The list of all rows this one selects from (itself when it selects none). */
  abstract Made<T> base();

  /** The position in {@link #base()} of element {@code i}. */
  abstract int row(int i);

  abstract Rows<T> selected(int[] positions);

  /** Every row, made on each get. */
  private static final class Made<T> extends Rows<T> {
    private final int size;
    private final transient IntFunction<? extends T> make;
    private final transient @Nullable Keys keys;
    private final transient java.util.function.@Nullable IntUnaryOperator tags;

    Made(int size, IntFunction<? extends T> make, @Nullable Keys keys,
        java.util.function.@Nullable IntUnaryOperator tags) {
      this.size = size;
      this.make = make;
      this.keys = keys;
      this.tags = tags;
    }

    @Override
    public T get(int index) {
      return make.apply(Objects.checkIndex(index, size));
    }

    @Override
    public int size() {
      return size;
    }

    @Override
    Made<T> base() {
      return this;
    }

    @Override
    int row(int i) {
      return i;
    }

    @Override
    Rows<T> selected(int[] positions) {
      return new Selection<>(this, positions);
    }
  }

  /** Some rows of a {@link Made}, by position. */
  private static final class Selection<T> extends Rows<T> {
    private final transient Made<T> base;
    private final int[] rows;

    Selection(Made<T> base, int[] rows) {
      this.base = base;
      this.rows = rows;
    }

    @Override
    public T get(int index) {
      return base.get(rows[Objects.checkIndex(index, rows.length)]);
    }

    @Override
    public int size() {
      return rows.length;
    }

    @Override
    Made<T> base() {
      return base;
    }

    @Override
    int row(int i) {
      return rows[i];
    }

    @Override
    Rows<T> selected(int[] positions) {
      int[] through = new int[positions.length];
      for (int i = 0; i < positions.length; i++) {
        through[i] = rows[positions[i]];
      }
      return new Selection<>(base, through);
    }
  }
}
