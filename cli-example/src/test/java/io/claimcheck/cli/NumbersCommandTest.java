package io.claimcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NumbersCommandTest {
  @TempDir Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void printsOneJsonObjectPerPhraseInTheDocumentedFieldOrder() throws IOException {
    Files.writeString(dir.resolve("a.txt"), "Bombs killed at least 87 people.");
    assertEquals(0, run("numbers", dir.toString()));
    assertEquals("{\"document\":\"a\",\"text\":\"at least 87\",\"start\":13,\"end\":24,\"value\":\"87\","
        + "\"kind\":\"cardinal\",\"qualifier\":\"at_least\",\"lower\":\"87\",\"upper\":null,\"approximate\":false}\n",
        out.toString());
  }

  @Test
  void findsTheSeedClaimsFigures() {
    assertEquals(0, run("numbers", "--format", "text", Path.of("..", "seeds").toString()));
    String text = out.toString();
    assertTrue(text.contains("004_a553790e17b1e085:905-937\tcardinal\tmore_than\tmore than a quarter of a million\t[250001, ∞)"), text);
    assertTrue(text.contains("000_ba142ff2a628f9c6:1637-1646\tcardinal\tabout\tabout 130\t[130, 130] approximate"), text);
  }

  @Test
  void unreadableInputIsReportedAndTheRestIsRead() throws IOException {
    Files.write(dir.resolve("bad.txt"), new byte[] {(byte) 0xFF});
    Files.writeString(dir.resolve("good.txt"), "12 dead");
    assertEquals(0, run("numbers", dir.toString()));
    assertTrue(err.toString().contains("bad.txt: is not valid UTF-8 text"), err.toString());
    assertTrue(out.toString().contains("\"document\":\"good\""));
  }

  @Test
  void nothingReadableExitsWithTwo() {
    assertEquals(2, run("numbers", dir.resolve("missing.txt").toString()));
    assertTrue(err.toString().contains("does not exist"));
  }

  @Test
  void badUsageExitsWithTwo() {
    assertEquals(2, run("numbers", "--format", "xml", "seeds"));
    assertEquals(2, run("frobnicate"));
  }
}
