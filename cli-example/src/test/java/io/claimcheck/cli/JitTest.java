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
  class LaterCommandsInOneProcess {
    @Test
    void addTheFilesThatLeaveCodeToC1EachOnce() {
      Jit.Choice choice = new Jit.Choice();
      List<String> added = new ArrayList<>();
      assertTrue(choice.use(Jit.forExtract(2, 2), f -> added.add(f)));
      assertTrue(choice.use(Jit.forCheck(2, 2), f -> added.add(f)), "check after extract still leaves its code to C1");
      assertTrue(choice.use(Jit.forExtract(2, 2), f -> added.add(f)));
      assertEquals(List.of(Jit.DIRECTIVES, Jit.READING, Jit.CHECKING), added, "each added once, in order");
    }

    @Test
    void addTheSpareCoreFileOnlyAsTheFirst() {
      Jit.Choice first = new Jit.Choice();
      List<String> added = new ArrayList<>();
      assertTrue(first.use(Jit.forCheck(1, 2), f -> added.add(f)));
      assertTrue(first.use(Jit.forCheck(2, 2), f -> added.add(f)), "the C1 ones go on top of it");
      assertEquals(List.of(Jit.SPARE_CORE, Jit.CHECKING, Jit.DIRECTIVES), added);

      Jit.Choice later = new Jit.Choice();
      List<String> after = new ArrayList<>();
      later.use(Jit.forCheck(2, 2), f -> after.add(f));
      assertFalse(later.use(Jit.forCheck(1, 2), f -> after.add(f)), "it would shadow the check's");
      assertEquals(List.of(Jit.DIRECTIVES, Jit.CHECKING), after);
    }

    @Test
    void sayWhenTheJvmRefusedAFile() {
      Jit.Choice choice = new Jit.Choice();
      assertFalse(choice.use(List.of(Jit.DIRECTIVES, Jit.READING), f -> !f.equals(Jit.READING)));
    }
  }
}
