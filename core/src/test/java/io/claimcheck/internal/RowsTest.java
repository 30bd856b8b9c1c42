package io.claimcheck.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class RowsTest {
  /** The list a Rows of {@code n} made by {@code "e" + i} stands for. */
  private static List<String> plain(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("e" + i);
    }
    return out;
  }

  private static int[] positions(Random r, int n, int count) {
    int[] out = new int[count];
    for (int i = 0; i < count; i++) {
      out[i] = r.nextInt(n);
    }
    return out;
  }

  @Nested
  class AsAList {
    @Test
    void aListOfRowsIsTheListOfItsElementsMadeInOrder() {
      qt().withExamples(200).forAll(integers().between(0, 300)).checkAssert(n -> {
        List<String> rows = Rows.of(n, i -> "e" + i);
        List<String> plain = plain(n);
        assertEquals(plain, rows);
        assertEquals(plain.hashCode(), rows.hashCode());
        assertEquals(plain.toString(), rows.toString());
        assertEquals(plain, new ArrayList<>(rows));
        assertEquals(plain.subList(n / 3, n / 2), rows.subList(n / 3, n / 2));
        assertEquals(plain.indexOf("e" + (n / 2)), rows.indexOf("e" + (n / 2)));
      });
    }

    @Test
    void aSelectionIsTheListOfTheSelectedElementsAndSoIsASelectionOfIt() {
      qt().withExamples(300).forAll(integers().all(), integers().between(1, 200), integers().between(0, 60))
          .checkAssert((seed, n, count) -> {
            Random r = new Random(seed);
            List<String> rows = Rows.of(n, i -> "e" + i);
            List<String> plain = plain(n);
            int[] at = positions(r, n, count);
            List<String> selected = Rows.select(rows, at);
            List<String> expected = new ArrayList<>();
            for (int p : at) {
              expected.add(plain.get(p));
            }
            assertEquals(expected, selected);
            assertEquals(expected, Rows.select(plain, at), "a plain list gives a copy of the same elements");
            if (count > 0) {
              int[] again = positions(r, count, r.nextInt(20));
              List<String> twice = new ArrayList<>();
              for (int p : again) {
                twice.add(expected.get(p));
              }
              assertEquals(twice, Rows.select(selected, again));
            }
          });
    }

    @Test
    void eachGetMakesItsElementAgain() {
      AtomicInteger made = new AtomicInteger();
      List<StringBuilder> rows = Rows.of(3, i -> {
        made.incrementAndGet();
        return new StringBuilder("e" + i);
      });
      assertNotSame(rows.get(1), rows.get(1));
      assertEquals(2, made.get());
    }

    @Test
    void aPositionOutsideIsRefusedWhenGotOrSelected() {
      List<String> rows = Rows.of(3, i -> "e" + i);
      assertThrows(IndexOutOfBoundsException.class, () -> rows.get(3));
      assertThrows(IndexOutOfBoundsException.class, () -> rows.get(-1));
      assertThrows(IndexOutOfBoundsException.class, () -> Rows.select(rows, new int[] {0, 3}));
      List<String> some = Rows.select(rows, new int[] {2});
      assertThrows(IndexOutOfBoundsException.class, () -> some.get(1));
      assertThrows(IllegalArgumentException.class, () -> Rows.of(-1, i -> "x"));
    }
  }

  @Nested
  class Immutable {
    @Test
    void nothingChangesARowsListOrASelection() {
      List<String> rows = Rows.of(4, i -> "e" + i);
      int[] at = {3, 1};
      List<String> selected = Rows.select(rows, at);
      at[0] = 0; // the caller's array is not the selection's
      assertEquals(List.of("e3", "e1"), selected);
      for (List<String> l : List.of(rows, selected)) {
        assertThrows(UnsupportedOperationException.class, () -> l.add("x"));
        assertThrows(UnsupportedOperationException.class, () -> l.set(0, "x"));
        assertThrows(UnsupportedOperationException.class, () -> l.remove(0));
        assertThrows(UnsupportedOperationException.class, l::clear);
        assertThrows(UnsupportedOperationException.class, () -> l.sort(null));
        assertThrows(UnsupportedOperationException.class, () -> l.subList(0, 1).clear());
      }
    }

    @Test
    void copyOfKeepsARowsListAndCopiesAnyOther() {
      List<String> rows = Rows.of(2, i -> "e" + i);
      assertSame(rows, Rows.copyOf(rows));
      List<String> mine = new ArrayList<>(List.of("a", "b"));
      List<String> copy = Rows.copyOf(mine);
      mine.set(0, "changed");
      assertEquals(List.of("a", "b"), copy);
      assertThrows(UnsupportedOperationException.class, () -> copy.add("c"));
    }
  }

  @Nested
  class Within {
    @Test
    void aSelectionIsWithinTheListItSelectsFromAndNothingElseIs() {
      List<String> rows = Rows.of(5, i -> "e" + i);
      List<String> other = Rows.of(5, i -> "e" + i);
      List<String> some = Rows.select(rows, new int[] {4, 0});
      assertTrue(Rows.within(rows, rows));
      assertTrue(Rows.within(some, rows));
      assertTrue(Rows.within(Rows.select(some, new int[] {1}), rows));
      assertFalse(Rows.within(some, other), "equal elements, other rows: not known without looking");
      assertFalse(Rows.within(rows, some), "the whole is no part of a selection");
      assertFalse(Rows.within(List.of("e0"), rows));
      assertFalse(Rows.within(some, List.copyOf(rows)));
      assertFalse(Rows.within(Rows.select(rows, new int[] {1}), Rows.select(rows, new int[] {0})),
          "a selection is not within another selection of the same rows");
    }
  }
}
