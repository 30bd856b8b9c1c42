package io.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JitTest {
  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {Jit.DIRECTIVES, Jit.SPARE_CORE, Jit.READING, Jit.CHECKING})
  void theJvmTakesEachFileOfDirectives(String file) {
    // false when HotSpot refuses the file (a malformed directive) or says it added none
    assertTrue(Jit.add(file), file);
  }

  @Nested
  class WhatACommandAsksFor {
    @Test
    void extractOnEveryCoreLeavesTheExtractorAndTheReadingToC1() {
      assertEquals(List.of(Jit.DIRECTIVES, Jit.READING), Jit.forExtract(2, 2));
      assertEquals(List.of(Jit.DIRECTIVES, Jit.READING), Jit.forExtract(8, 2));
    }

    @Test
    void extractLeavingACoreIdleLetsC2CompileTheLoopsThere() {
      assertEquals(List.of(Jit.SPARE_CORE), Jit.forExtract(1, 2));
      assertEquals(List.of(Jit.SPARE_CORE), Jit.forExtract(3, 4));
    }

    @Test
    void checkNeverLeavesTheReadingOfClaimsToC1AndAddsItsOwnLast() {
      assertEquals(List.of(Jit.DIRECTIVES, Jit.CHECKING), Jit.forCheck(2, 2));
      assertEquals(List.of(Jit.SPARE_CORE, Jit.CHECKING), Jit.forCheck(1, 2));
    }
  }

  @Nested
  class AProcessTakesTheFirstChoice {
    @Test
    void aLaterCommandAddsNothing() {
      Jit.Choice choice = new Jit.Choice();
      List<String> added = new ArrayList<>();
      assertTrue(choice.use(List.of(Jit.DIRECTIVES, Jit.CHECKING), f -> added.add(f)));
      assertFalse(choice.use(List.of(Jit.SPARE_CORE), f -> added.add(f)), "another choice is refused");
      choice.use(List.of(Jit.DIRECTIVES, Jit.CHECKING), f -> added.add(f));
      assertEquals(List.of(Jit.DIRECTIVES, Jit.CHECKING), added, "each added once, in order");
    }

    @Test
    void aFileTheJvmRefusesMakesTheChoiceFalse() {
      Jit.Choice choice = new Jit.Choice();
      assertFalse(choice.use(List.of(Jit.DIRECTIVES, Jit.READING), f -> !f.equals(Jit.READING)));
    }
  }
}
