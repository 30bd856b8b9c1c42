package io.claimcheck.extract;

/**
 * Where extraction ends a sentence, for readers that cut a long text into parts: a part that ends
 * where the whole text's sentence ends keeps every sentence, and so every claim, whole.
 */
public final class SentenceEnds {
  private SentenceEnds() {}

  /**
   * Whether extraction always ends a sentence after {@code text.charAt(i)}: a line break, or a
   * full stop, question or exclamation mark that ends a sentence by extraction's rule.
   */
  public static boolean after(String text, int i) {
    char c = text.charAt(i);
    if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029') {
      return true;
    }
    return (c == '.' || c == '!' || c == '?') && Sentences.endsSentence(text, i);
  }
}
