package io.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class JitTest {
  @Test
  void theJvmTakesTheDirectivesThatLeaveTheExtractorToC1() {
    // false when HotSpot refuses the file (a malformed directive) or says it added none
    assertTrue(Jit.extractorWithoutC2(), "the directives were added");
    assertTrue(Jit.extractorWithoutC2(), "asking again changes nothing");
  }

  @Test
  void andTheDirectivesThatLeaveTheExtractorsLoopsToC2OnASpareCore() {
    assertTrue(Jit.extractorOnASpareCore(), "the directives were added");
    assertTrue(Jit.extractorOnASpareCore(), "asking again changes nothing");
  }

  @Test
  void andTheDirectivesThatLeaveTheReadingOfDocumentsToC1() {
    assertTrue(Jit.readingWithoutC2(), "the directives were added");
    assertTrue(Jit.readingWithoutC2(), "asking again changes nothing");
  }

  @Test
  void andTheDirectivesThatLeaveResolvingCheckingAndReportingToC1() {
    assertTrue(Jit.checkingWithoutC2(), "the directives were added");
    assertTrue(Jit.checkingWithoutC2(), "asking again changes nothing");
  }
}
