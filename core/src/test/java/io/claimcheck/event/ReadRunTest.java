package io.claimcheck.event;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How many documents resolution reads in one piece of work, for the input's size and threads. */
class ReadRunTest {
  @ParameterizedTest(name = "{0} documents on {1} threads: pieces of {2}")
  @CsvSource({
    "0, 1, 64",
    "100, 2, 64", // a small input: the fewest, so that it is still split across threads
    "2000, 2, 125", // the size of a development-set batch: 16 pieces, eight a thread
    "4500, 3, 188",
    "100000, 2, 2048", // a large input: the most, so that not every document is held at once
    "1000000, 1, 2048",
    "2147483647, 64, 2048",
  })
  void isAboutEightPiecesAThreadBetweenTheFewestAndTheMost(int documents, int threads, int expected) {
    assertEquals(expected, DefaultEventResolver.readRun(documents, threads));
  }
}
