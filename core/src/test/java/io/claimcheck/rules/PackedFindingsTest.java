package io.claimcheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PackedFindingsTest {
  private static final String[] TEXTS = {"", "g1", "exact 387 (Outlet 20, as of 2016-01-21)", "allows [475, ∞)",
      "Köln", "北京", "emoji \uD83D\uDE00 here", "a lone \uD800 surrogate", "\uDC00 first", "tab\tand\nnewline",
      "killed in Harbour Town on 2016-06-30 [e1: the incident in Harbour Town on 2016-06-30]"};

  @SafeVarargs
  private static <T> T pick(Random r, T... choices) {
    return choices[r.nextInt(choices.length)];
  }

  /** A finding of random parts, texts beyond ASCII and longer than small chunks among them. */
  private static Finding finding(Random r) {
    List<String> claims = new ArrayList<>();
    for (int i = r.nextInt(5); i > 0; i--) {
      claims.add(pick(r, TEXTS) + r.nextInt(3));
    }
    String message = r.nextInt(8) == 0 ? pick(r, TEXTS).repeat(1 + r.nextInt(20)) : pick(r, TEXTS);
    return new Finding(pick(r, "divergent-figures", "disjoint-figures", "x"), pick(r, Severity.values()),
        pick(r, "g1", "g2", "g10", "Ā"), pick(r, TEXTS), claims, message, pick(r, TEXTS) + pick(r, TEXTS));
  }

  @Test
  void everyFindingAddedComesBackEqualWhateverTheSizesOfTheChunks() {
    qt().withExamples(300).forAll(integers().all(), integers().between(0, 200), integers().between(1, 64))
        .checkAssert((seed, n, bytes) -> {
          Random r = new Random(seed);
          List<Finding> added = new ArrayList<>();
          PackedFindings packed = new PackedFindings(bytes);
          for (int i = 0; i < n; i++) {
            Finding f = finding(r);
            added.add(f);
            packed.add(f);
          }
          assertEquals(n, packed.size());
          for (int i = 0; i < n; i++) {
            Finding f = added.get(i);
            assertEquals(f, packed.get(i));
            assertEquals(f.severity(), packed.severity(i));
            assertEquals(f.rule(), packed.rule(i));
            assertEquals(f.group(), packed.group(i));
            assertEquals(f.groupKey(), packed.groupKey(i));
            assertEquals(f.claims(), packed.claims(i));
          }
        });
  }

  @Test
  void aFindingIsMadeAgainOnEachAskingAndAPlaceOutsideIsRefused() {
    PackedFindings packed = new PackedFindings();
    Finding f = new Finding("r", Severity.WARNING, "g1", "k", List.of("d#1", "d#2"), "m", "e");
    packed.add(f);
    assertEquals(f, packed.get(0));
    assertNotSame(packed.get(0), packed.get(0));
    assertThrows(IndexOutOfBoundsException.class, () -> packed.get(1));
    assertThrows(IllegalArgumentException.class, () -> new PackedFindings(0));
  }
}
