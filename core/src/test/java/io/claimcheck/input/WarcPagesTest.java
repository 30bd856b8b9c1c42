package io.claimcheck.input;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The main-content rule on page layouts written here: what is article text and what is not. */
class WarcPagesTest {
  private static final String CHROME = "<header><nav><a href='/'>Home</a> 12 new stories</nav></header>";
  private static final String SIDEBAR = "<aside><ul><li>Storm killed 77 people elsewhere</li></ul></aside>";
  private static final String FOOTER = "<footer><p>Copyright 2016, 300 staff</p></footer>";

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      // layout | body | expected text (lines joined by /)
      "an article element | <article><h1>Title</h1><p>One para.</p><p>Two para.</p></article><div><p>x</p></div>"
          + " | Title/One para./Two para.",
      "the article with most text of two | <article><p>Short.</p></article><article><p>The longer story text here.</p>"
          + "<p>And more of it.</p></article> | The longer story text here./And more of it.",
      "divs only: the parent of the most paragraph text | <h1>Head</h1><div class=a><p>Teaser.</p></div>"
          + "<div class=b><p>The story itself, told at length.</p><p>Its second paragraph.</p></div>"
          + " | Head/The story itself, told at length./Its second paragraph.",
      "list items and quotes in the story | <article><p>Lead.</p><ul><li>First point.</li><li>Second point.</li></ul>"
          + "<blockquote><p>A quoted line.</p></blockquote></article> | Lead./First point./Second point./A quoted line.",
      "no paragraphs at all | <div>Just text in a div.</div> | Just text in a div.",
  })
  void findsTheArticleText(String layout, String body, String expected) {
    String html = "<html><head><title>t</title><script>var n = 999;</script></head><body>" + CHROME + body + SIDEBAR
        + FOOTER + "</body></html>";
    assertEquals(expected.replace("/", "\n"), WarcPages.mainText(Jsoup.parse(html)), layout);
  }
}
