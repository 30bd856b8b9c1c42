package io.claimcheck.input;

import io.claimcheck.claim.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.jspecify.annotations.Nullable;

/**
 * The pages of a WARC file (plain or gzip, read with jwarc): each HTTP response of status 2xx
 * whose content is HTML becomes a document whose id and url are the record's target URI, whose
 * outlet is the page's {@code og:site_name} or else the URI's host, and whose date is the page's
 * {@code article:published_time} (or {@code datePublished}) or else the record's WARC-Date.
 *
 * <p>The article text is the page's main content, found by a stated rule (see {@link #mainText}):
 * the {@code <article>} with the most paragraph text, else the element whose own {@code <p>}
 * children hold the most text; navigation, headers, footers, asides, forms and scripts are
 * dropped. Each paragraph, heading and list item becomes one line.
 */
final class WarcPages {
  /** Receives each page. */
  interface Pages {
    void page(String where, Source source, String text);
  }

  private static final String DROPPED = "script, style, noscript, template, nav, header, footer, aside, form, iframe, "
      + "svg, button, select, [role=navigation], [aria-hidden=true]";
  private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre";

  private WarcPages() {}

  /** Reads every record; a record that fails is reported alone and the others are read. */
  static void read(String location, InputStream in, Pages pages, Consumer<ReadFailure> failures,
      Consumer<ReadFailure> skipped) throws IOException {
    // jwarc recognises gzip by itself
    int index = 0;
    int other = 0;
    try (WarcReader reader = new WarcReader(in)) {
      reader.setLenient(true);
      while (true) {
        WarcRecord record;
        try {
          var next = reader.next();
          if (next.isEmpty()) {
            break;
          }
          record = next.get();
        } catch (IOException | RuntimeException e) {
          failures.accept(new ReadFailure(location + "#" + (index + 1), location + "#" + (index + 1),
              "is not a valid WARC record (" + problem(e, "its WARC header", "of the record") + ")"
                  + (index == 0 ? "" : index == 1 ? "; the record before it was read" : "; the " + index + " records before it were read")));
          return;
        }
        index++;
        String where = location + "#" + index;
        if (!(record instanceof WarcResponse)) {
          other++;
          continue;
        }
        WarcResponse response = (WarcResponse) record;
        try {
          page(where, response, pages, failures);
        } catch (IOException | RuntimeException e) {
          failures.accept(new ReadFailure(where, where, "cannot be read as an HTTP response ("
              + problem(e, "its HTTP header", "of the record's content") + ")"));
        } catch (NotAPage e) {
          other++;
        }
      }
    }
    if (other > 0) {
      skipped.accept(new ReadFailure(location, location, other + (other == 1 ? " record" : " records")
          + " that are not HTML responses of status 2xx (requests, metadata, images, redirects) not read"));
    }
    if (index == 0) {
      failures.accept(new ReadFailure(location, location, "holds no WARC record"));
    }
  }

  private static final java.util.regex.Pattern POSITION =
      java.util.regex.Pattern.compile("at (?:byte )?position (\\d{1,19})");

  /**
   * What the WARC library found wrong, in words: where its parsing stopped, without the
   * library's own text (which quotes the file's bytes around a {@code <-- HERE -->} marker).
   */
  static String problem(Throwable e, String what, String of) {
    if (e instanceof IOException && !(e instanceof org.netpreserve.jwarc.ParsingException)) {
      return io.claimcheck.internal.IoMessages.describe((IOException) e);
    }
    String m = e.getMessage() == null ? "" : e.getMessage();
    var at = POSITION.matcher(m);
    if (e instanceof org.netpreserve.jwarc.ParsingException || m.startsWith("invalid ")) {
      return what + " cannot be parsed" + (at.find() ? " at byte " + at.group(1) + " " + of : "");
    }
    return what + " holds a value that cannot be read";
  }

  /** A response that is not an HTML page: skipped and counted. */
  private static final class NotAPage extends Exception {
    private static final long serialVersionUID = 1L;

    NotAPage() {
      super(null, null, false, false);
    }
  }

  private static void page(String where, WarcResponse response, Pages pages, Consumer<ReadFailure> failures)
      throws IOException, NotAPage {
    var http = response.http();
    if (http.status() < 200 || http.status() >= 300) {
      throw new NotAPage();
    }
    MediaType type = http.contentType().base();
    String sub = type.type() + "/" + type.subtype();
    if (!sub.equalsIgnoreCase("text/html") && !sub.equalsIgnoreCase("application/xhtml+xml")) {
      throw new NotAPage();
    }
    byte[] body;
    try (InputStream b = http.bodyDecoded().stream()) {
      body = b.readNBytes(Records.MAX_RECORD + 1);
    }
    if (body.length > Records.MAX_RECORD) {
      failures.accept(new ReadFailure(where, response.target(), "is a page larger than "
          + (Records.MAX_RECORD >> 20) + " MiB; not read"));
      return;
    }
    String charset = http.contentType().parameters().get("charset");
    if (charset != null && !Charset.isSupported(charset)) {
      charset = null;
    }
    org.jsoup.nodes.Document html = Jsoup.parse(new ByteArrayInputStream(body), charset, response.target());
    String url = response.target();
    LocalDate published = published(html);
    if (published == null && response.date() != null) {
      published = response.date().atOffset(ZoneOffset.UTC).toLocalDate();
    }
    String outlet = meta(html, "meta[property=og:site_name]");
    if (outlet == null) {
      outlet = host(url);
    }
    String title = meta(html, "meta[property=og:title]");
    if (title == null && !html.title().isBlank()) {
      title = html.title().strip();
    }
    String text = mainText(html);
    pages.page(where, new Source(url, outlet, published, url, title), text);
  }

  private static @Nullable String meta(org.jsoup.nodes.Document html, String query) {
    Element e = html.selectFirst(query);
    if (e == null) {
      return null;
    }
    String v = e.attr("content").strip();
    return v.isEmpty() ? null : v;
  }

  private static @Nullable LocalDate published(org.jsoup.nodes.Document html) {
    for (String query : List.of("meta[property=article:published_time]", "meta[itemprop=datePublished]",
        "meta[name=date]", "meta[name=pubdate]")) {
      String v = meta(html, query);
      if (v != null) {
        try {
          return DocumentReader.isoDate(v, "date");
        } catch (IllegalArgumentException e) {
          // not an ISO date: try the next
        }
      }
    }
    Element time = html.selectFirst("article time[datetime], time[itemprop=datePublished]");
    if (time != null) {
      try {
        return DocumentReader.isoDate(time.attr("datetime").strip(), "date");
      } catch (IllegalArgumentException e) {
        return null;
      }
    }
    return null;
  }

  private static @Nullable String host(String url) {
    try {
      String host = URI.create(url).getHost();
      if (host == null) {
        return null;
      }
      host = host.toLowerCase(Locale.ROOT);
      return host.startsWith("www.") ? host.substring(4) : host;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * The page's main text: boilerplate dropped ({@value #DROPPED}); then the {@code <article>}
   * holding the most paragraph text, or failing one the element whose own {@code <p>} children
   * hold the most text (the article body in most page layouts), or failing that the body; its
   * paragraphs, headings, list items and quotations one to a line.
   */
  static String mainText(org.jsoup.nodes.Document html) {
    html.select(DROPPED).remove();
    Element body = html.body();
    Element best = null;
    long bestScore = 0;
    for (Element article : html.select("article")) {
      long score = paragraphText(article.select("p"));
      if (score > bestScore) {
        best = article;
        bestScore = score;
      }
    }
    if (best == null) {
      java.util.Map<Element, Long> scores = new java.util.HashMap<>();
      for (Element p : body.select("p")) {
        Element parent = p.parent();
        if (parent != null) {
          scores.merge(parent, (long) p.text().length(), Long::sum);
        }
      }
      for (var e : scores.entrySet()) {
        if (e.getValue() > bestScore) {
          best = e.getKey();
          bestScore = e.getValue();
        }
      }
    }
    if (best == null) {
      return body.wholeText().strip();
    }
    List<String> lines = new ArrayList<>();
    Element heading = html.selectFirst("h1");
    if (heading != null && !best.select("h1").contains(heading) && !heading.text().isBlank()) {
      lines.add(heading.text().strip());
    }
    Elements blocks = best.select(BLOCKS);
    java.util.Set<Element> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    taken.addAll(blocks);
    for (Element block : blocks) {
      boolean nested = false;
      for (Element up = block.parent(); up != null && up != best; up = up.parent()) {
        if (taken.contains(up)) {
          nested = true; // inside a block already taken whole
          break;
        }
      }
      String t = nested ? "" : block.text().strip();
      if (!t.isEmpty()) {
        lines.add(t);
      }
    }
    return String.join("\n", lines);
  }

  private static long paragraphText(Elements paragraphs) {
    long n = 0;
    for (Element p : paragraphs) {
      n += p.text().length();
    }
    return n;
  }
}
