package io.claimcheck.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Crawl files for tests, built here rather than downloaded: news pages laid out as sites lay them
 * out, WARC files of them (with the records a crawler also writes: requests and an image), and
 * gzip of any text.
 */
public final class Crawls {
  private static final Instant CRAWLED = Instant.parse("2016-02-23T10:00:00Z");

  private Crawls() {}

  /**
   * A page as a news site lays it out: navigation, the article's headline and paragraphs, a
   * sidebar of other stories with a figure of its own, a footer, and a script that writes a figure:
   * only the headline and paragraphs are article text.
   *
   * @param site the site's name ({@code og:site_name})
   * @param published the publication day, {@code 2016-02-22}
   */
  public static String page(String site, String published, String headline, String... paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      body.append("<p>").append(p).append("</p>\n");
    }
    return "<!DOCTYPE html><html><head><title>" + headline + " | " + site + "</title>"
        + "<meta property=\"og:site_name\" content=\"" + site + "\">"
        + "<meta property=\"article:published_time\" content=\"" + published + "T08:00:00Z\">"
        + "<script>var toll = 999; document.write('999 killed');</script><style>p{color:red}</style></head><body>"
        + "<header><nav><a href=\"/\">Home</a> <a href=\"/world\">World</a> 500 readers online</nav></header>"
        + "<div class=\"layout\"><main><h1>" + headline + "</h1><div class=\"story-body\">" + body + "</div></main>"
        + "<aside><h3>Most read</h3><ul><li>Storm killed 77 people in another country</li></ul></aside></div>"
        + "<footer><p>Copyright 2016. 300 staff.</p></footer></body></html>";
  }

  /**
   * Writes a WARC file: for each url and its HTML, a request record and a {@code 200} response
   * record, then the response of an image, all crawled at 2016-02-23T10:00:00Z.
   *
   * @param gzip whether each record is gzip-compressed ({@code .warc.gz})
   * @param urlAndHtml urls and pages, alternating
   * @throws IllegalArgumentException if a url has no page
   */
  public static void warc(Path to, boolean gzip, String... urlAndHtml) throws IOException {
    if (urlAndHtml.length % 2 != 0) {
      throw new IllegalArgumentException("urls and pages alternate: " + urlAndHtml.length + " strings given");
    }
    try (WarcWriter w = new WarcWriter(Files.newByteChannel(to, StandardOpenOption.CREATE,
        StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE),
        gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (int i = 0; i < urlAndHtml.length; i += 2) {
        URI uri = URI.create(urlAndHtml[i]);
        w.write(new WarcRequest.Builder(uri).date(CRAWLED).build());
        HttpResponse http = new HttpResponse.Builder(200, "OK")
            .body(MediaType.parse("text/html; charset=utf-8"), urlAndHtml[i + 1].getBytes(StandardCharsets.UTF_8))
            .build();
        w.write(new WarcResponse.Builder(uri).date(CRAWLED).body(http).build());
      }
      HttpResponse image = new HttpResponse.Builder(200, "OK").body(MediaType.parse("image/png"), new byte[] {1, 2, 3})
          .build();
      w.write(new WarcResponse.Builder(URI.create("https://example.org/logo.png")).date(CRAWLED).body(image).build());
    }
  }

  /** Writes {@code text} gzip-compressed, as UTF-8. */
  public static void gzip(Path to, String text) throws IOException {
    try (OutputStream o = new GZIPOutputStream(Files.newOutputStream(to))) {
      o.write(text.getBytes(StandardCharsets.UTF_8));
    }
  }
}
