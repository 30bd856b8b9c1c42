package io.claimcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import io.claimcheck.claim.Breakdown;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.Modality;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ClaimTableTest {
  private static final String[] TEXTS = {"", "Harbour Town", "Köln", "Łódź", "北京", "emoji \uD83D\uDE00 here",
      "tab\tand\nnewline", "\u202Ebidi", "ÿ", "Ā"};

  /** A claim of random parts, each nullable part null now and then, texts beyond Latin-1 among them. */
  private static Claim claim(Random r, int n) {
    String doc = pick(r, "doc", "Dokument-ü", "文書", "d") + r.nextInt(50);
    String id = r.nextInt(10) == 0 ? pick(r, "x", "é", "\uD83D\uDE00") + n : doc + "#" + n;
    Source source = new Source(doc, nullable(r, pick(r, "Outlet One", "Zeitung Süd", "新闻"), 4),
        r.nextInt(4) == 0 ? null : LocalDate.of(2015 + r.nextInt(5), 1 + r.nextInt(12), 1 + r.nextInt(28)),
        nullable(r, "https://example.org/" + r.nextInt(9), 3), nullable(r, pick(r, TEXTS), 3),
        nullable(r, pick(r, "a.jsonl", "b/ç.jsonl"), 2), r.nextInt(1000));
    Measure measure = r.nextBoolean() ? Measure.KILLED : Measure.of(pick(r, "injured", "evacuated", "rescued"));
    Qualifier q = pick(r, Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.ABOUT, Qualifier.UP_TO);
    long figure = 1 + r.nextInt(500);
    Quantity quantity = Quantity.of(q.id() + " " + figure, BigDecimal.valueOf(figure), q, new BigDecimal("0.1"));
    List<String> places = new ArrayList<>();
    for (int i = r.nextInt(3); i > 0; i--) {
      places.add(pick(r, TEXTS));
    }
    PartialDate date = r.nextInt(3) == 0 ? null : r.nextBoolean() ? PartialDate.of(LocalDate.of(2016, 2, 21))
        : PartialDate.parse("2017-0" + (1 + r.nextInt(9)));
    Scope scope = new Scope(places, date, pick(r, TimeScope.values()));
    Evidence evidence = new Evidence(r.nextInt(10), 10 + r.nextInt(10), pick(r, TEXTS));
    Breakdown breakdown = r.nextInt(3) == 0 ? new Breakdown(doc + "#list" + r.nextInt(3), 2 + r.nextInt(4),
        r.nextBoolean()) : null;
    return new Claim(id, source, measure, nullable(r, pick(r, "children", "Kinder", "civilians"), 2), quantity, scope,
        nullable(r, pick(r, TEXTS), 2), evidence, nullable(r, "event-" + r.nextInt(4), 4),
        pick(r, Modality.values()), nullable(r, PartialDate.parse("2016-01-0" + (1 + r.nextInt(9))), 4), breakdown);
  }

  @SafeVarargs
  private static <T> T pick(Random r, T... choices) {
    return choices[r.nextInt(choices.length)];
  }

  private static <T> T nullable(Random r, T value, int oneIn) {
    return r.nextInt(oneIn) == 0 ? null : value;
  }

  private static List<Claim> claims(long seed, int n) {
    Random r = new Random(seed);
    List<Claim> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(claim(r, i));
    }
    return out;
  }

  @Nested
  class ItsClaims {
    @Test
    void everyClaimAddedComesBackEqualAndInOrder() {
      qt().withExamples(200).forAll(integers().all(), integers().between(0, 300)).checkAssert((seed, n) -> {
        List<Claim> added = claims(seed, n);
        ClaimTable table = new ClaimTable();
        added.forEach(table::add);
        assertEquals(n, table.size());
        for (int i = 0; i < n; i++) {
          assertEquals(added.get(i), table.get(i), "claim " + i);
          assertEquals(added.get(i).id(), table.id(i));
          assertEquals(added.get(i).documentId(), table.documentId(i));
          assertTrue(table.idIs(i, added.get(i).id()));
          assertFalse(table.idIs(i, added.get(i).id() + "x"));
        }
        assertEquals(added, table.claims());
        assertEquals(added, table.claims(3));
      });
    }

    @Test
    void theViewsKeysReadWhatItsClaimsSayAndDocumentIdsCompareAsTheirStringsDo() {
      qt().withExamples(100).forAll(integers().all(), integers().between(0, 120), integers().between(1, 64))
          .checkAssert((seed, n, bytes) -> {
            List<Claim> added = claims(seed, n);
            ClaimTable table = new ClaimTable(1 + Math.floorMod(seed, 7) * 3, bytes, 1 + Math.floorMod(seed, 40));
            added.forEach(table::add);
            List<Claim> view = table.view();
            assertEquals(added, view);
            int[] some = new int[n / 2];
            for (int i = 0; i < some.length; i++) {
              some[i] = Math.floorMod(seed + 31 * i, n);
            }
            List<Claim> selected = io.claimcheck.internal.Rows.select(view, some);
            for (List<Claim> list : List.of(view, selected)) {
              io.claimcheck.internal.Rows.Keys keys = io.claimcheck.internal.Rows.keys(list);
              for (int i = 0; i < list.size(); i++) {
                Claim c = list.get(i);
                assertEquals(c.id(), keys.id(i));
                assertTrue(keys.idIs(i, c.id()));
                assertFalse(keys.idIs(i, c.id() + "#"));
                assertEquals(c.documentId(), keys.documentId(i));
                assertEquals(c.source().published(), keys.published(i));
                for (int j = 0; j < list.size(); j++) {
                  assertEquals(Integer.signum(c.documentId().compareTo(list.get(j).documentId())),
                      Integer.signum(keys.compareDocumentIds(i, j)), c.documentId() + " against " + list.get(j).documentId());
                }
              }
            }
          });
    }

    @Test
    void aViewedTableTakesNoMoreClaims() {
      ClaimTable table = new ClaimTable();
      List<Claim> claims = claims(3, 4);
      claims.subList(0, 3).forEach(table::add);
      List<Claim> view = table.view();
      assertThrows(IllegalStateException.class, () -> table.add(claims.get(3)));
      assertEquals(claims.subList(0, 3), view);
    }

    @Test
    void aClaimIsMadeAgainOnEachAskingAndTheListIsTheCallers() {
      ClaimTable table = new ClaimTable();
      claims(7, 3).forEach(table::add);
      assertNotSame(table.get(1), table.get(1));
      assertEquals(table.get(1), table.get(1));
      List<Claim> list = table.claims();
      list.remove(0);
      assertEquals(3, table.size());
    }

    @Test
    void textsBeyondOneBlockOfBytesAreHeldWhole() {
      // 4 MB of bytes a block: 60,000 ids of 100 characters need two blocks, none cut across them
      ClaimTable table = new ClaimTable();
      Claim template = claims(3, 1).get(0);
      String pad = "p".repeat(90);
      for (int i = 0; i < 60_000; i++) {
        table.add(template.withId(pad + i));
      }
      for (int i = 0; i < 60_000; i += 1) {
        assertEquals(pad + i, table.id(i));
      }
      assertEquals(template.withId(pad + 59_999), table.get(59_999));
    }

    @Test
    void everyClaimComesBackWhateverTheSizesOfTheChunks() {
      // chunks of a few rows and bytes: texts filling a chunk exactly, longer than a chunk, empty
      // at a full chunk, and the last chunk of bytes taken (the texts after it held whole)
      qt().withExamples(300)
          .forAll(integers().all(), integers().between(1, 5), integers().between(1, 40), integers().between(0, 4))
          .checkAssert((seed, rows, bytes, chunks) -> {
            Random r = new Random(seed);
            int n = r.nextInt(61);
            List<Claim> added = new ArrayList<>();
            for (Claim c : claims(seed, n)) {
              added.add(r.nextInt(6) == 0 ? c.withId("") : c);
            }
            ClaimTable table = new ClaimTable(rows, bytes, chunks);
            added.forEach(table::add);
            for (int i = 0; i < n; i++) {
              assertEquals(added.get(i), table.get(i), "claim " + i);
              assertTrue(table.idIs(i, added.get(i).id()));
              assertFalse(table.idIs(i, added.get(i).id() + "x"));
            }
            assertEquals(added, table.claims(2));
          });
    }

    @Test
    void anEmptyIdAfterADocumentIdThatFillsTheBytesExactlyTouchesNoChunk() {
      ClaimTable table = new ClaimTable(2, 8, Integer.MAX_VALUE);
      Claim c = claims(4, 1).get(0);
      Claim full = new Claim("", new Source("abcdefgh", null, null, null, null, null, 0), c.measure(), c.subject(), c.quantity(),
          c.scope(), c.attribution(), c.evidence(), c.event(), c.modality(), c.asOf(), c.breakdown());
      ClaimTable.Ids ids = new ClaimTable.Ids(table);
      assertTrue(ids.add("", 0));
      table.add(full);
      assertFalse(ids.add("", 1), "the empty id is read back to be compared");
      assertEquals("", table.id(0));
      assertEquals(full, table.get(0));
      table.add(full.withId("i"));
      assertEquals(List.of(full, full.withId("i")), table.claims());
    }

    @Test
    void claimsOfOneSourceAddedOneAfterAnotherShareOneSourceMadeAgain() {
      Claim c = claims(8, 1).get(0);
      Source a = new Source("doc-a", "Outlet", null, null, null, "a.jsonl", 3);
      Source b = new Source("文書-b", "Outlet", null, null, null, "a.jsonl", 4);
      Source aElsewhere = new Source("doc-a", "Outlet", null, null, null, "a.jsonl", 9);
      List<Source> sources = List.of(a, a, a, b, b, aElsewhere, a);
      ClaimTable table = new ClaimTable(2, 16, Integer.MAX_VALUE); // the first three in two chunks of rows
      for (int i = 0; i < sources.size(); i++) {
        Source s = sources.get(i);
        table.add(new Claim("c" + i, s, c.measure(), c.subject(), c.quantity(), c.scope(), c.attribution(),
            c.evidence(), c.event(), c.modality(), c.asOf(), c.breakdown()));
      }
      List<Claim> made = table.claims();
      for (int i = 0; i < sources.size(); i++) {
        assertEquals(sources.get(i), made.get(i).source(), "claim " + i);
      }
      assertSame(made.get(0).source(), made.get(1).source());
      assertSame(made.get(0).source(), made.get(2).source());
      assertSame(made.get(3).source(), made.get(4).source());
      assertNotSame(made.get(2).source(), made.get(3).source());
      assertNotSame(made.get(4).source(), made.get(5).source());
      assertNotSame(made.get(5).source(), made.get(6).source()); // another line of the document
      assertNotSame(table.get(0).source(), table.get(1).source()); // get makes each claim on its own
    }

    @Test
    void moreThanSixtyFiveThousandDistinctValuesAndSpansComeBack() {
      // 70,000 sentences: value indices past 16 bits; spans of their own, sentences shared by two
      Claim c = claims(10, 1).get(0);
      ClaimTable table = new ClaimTable();
      List<Claim> added = new ArrayList<>();
      for (int i = 0; i < 140_000; i++) {
        Claim claim = new Claim("c" + i, c.source(), c.measure(), c.subject(), c.quantity(), c.scope(),
            c.attribution(), new Evidence(i, i + 1 + i % 3, "Sentence " + i / 2 + "."), c.event(), c.modality(),
            c.asOf(), c.breakdown());
        added.add(claim);
        table.add(claim);
      }
      assertEquals(added, table.claims(2));
      assertEquals(added.get(139_999), table.get(139_999));
    }

    @Test
    void chunksOfNoRowOrNoByteAreRefused() {
      assertThrows(IllegalArgumentException.class, () -> new ClaimTable(0, 8, 1));
      assertThrows(IllegalArgumentException.class, () -> new ClaimTable(1, 0, 1));
      assertThrows(IllegalArgumentException.class, () -> new ClaimTable(1, 8, -1));
    }

    @Test
    void anIndexOutsideTheTableIsRefused() {
      ClaimTable table = new ClaimTable();
      claims(1, 2).forEach(table::add);
      assertThrows(IndexOutOfBoundsException.class, () -> table.get(2));
      assertThrows(IndexOutOfBoundsException.class, () -> table.get(-1));
      assertThrows(IndexOutOfBoundsException.class, () -> table.documentId(5));
    }

    @Test
    void clearingLeavesAnEmptyTableThatTakesClaimsAgain() {
      ClaimTable table = new ClaimTable();
      claims(5, 40).forEach(table::add);
      table.clear();
      assertEquals(0, table.size());
      List<Claim> again = claims(6, 10);
      again.forEach(table::add);
      assertEquals(again, table.claims());
    }
  }

  @Nested
  class ItsIds {
    @Test
    void anIdIsAddedOnceAndTheSetSaysWhetherItWasNew() {
      ClaimTable table = new ClaimTable();
      ClaimTable.Ids ids = new ClaimTable.Ids(table);
      Claim c = claims(1, 1).get(0);
      for (String id : List.of("doc1#1", "doc1#2", "doc1#1", "文書#1", "文書#1")) {
        if (ids.add(id, table.size())) {
          table.add(c.withId(id));
        }
      }
      assertEquals(3, table.size());
      assertEquals(3, ids.size());
      ids.clear();
      assertEquals(0, ids.size());
      assertTrue(ids.add("doc1#1", table.size()));
    }

    @Test
    void idsOfOneHashAndEmptyIdsAreToldApart() {
      ClaimTable table = new ClaimTable(3, 5, 2);
      List<String> words = List.of("Aa", "BB", "", "AaAa", "BBBB", "AaBB", "BBAa", "Aa", "", "BBBB", "polygenelubricants",
          "GydZG_", "DESIGNING WORKHOUSES", "polygenelubricants");
      assertEquals(Integer.MIN_VALUE, "polygenelubricants".hashCode());
      addsAsAHashSetDoes(table, claims(9, 1).get(0), words);
    }

    /** Adds each word as an id (and its claim to the table when new), as a HashSet would take it. */
    private void addsAsAHashSetDoes(ClaimTable table, Claim c, List<String> words) {
      ClaimTable.Ids ids = new ClaimTable.Ids(table);
      Set<String> expected = new HashSet<>();
      for (String w : words) {
        boolean added = ids.add(w, table.size());
        assertEquals(expected.add(w), added, w);
        if (added) {
          table.add(c.withId(w));
        }
      }
      assertEquals(expected.size(), ids.size());
    }

    @Test
    void answersAsAHashSetDoes() {
      Claim c = claims(2, 1).get(0);
      qt().withExamples(200)
          .forAll(lists().of(strings().betweenCodePoints(0x20, 0x2ff).ofLengthBetween(0, 3)).ofSizeBetween(0, 300))
          .checkAssert(words -> {
            ClaimTable table = new ClaimTable();
            addsAsAHashSetDoes(table, c, words);
            assertEquals(new HashSet<>(words).size(), table.size());
          });
    }
  }
}
