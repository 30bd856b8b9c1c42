package io.claimcheck.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Evidence;
import io.claimcheck.claim.Measure;
import io.claimcheck.claim.PartialDate;
import io.claimcheck.claim.Scope;
import io.claimcheck.claim.Source;
import io.claimcheck.claim.TimeScope;
import io.claimcheck.quantity.Qualifier;
import io.claimcheck.quantity.Quantity;
import io.claimcheck.report.ClaimJson;
import io.claimcheck.testing.Articles;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Writes the corpora the whole-process benchmarks ({@code bench/cli/}) run the real CLI on, the
 * same bytes for the same arguments:
 *
 * <ul>
 *   <li>{@code seeds OUT.jsonl MB}: the five seed articles repeated, as JSON Lines documents
 *       with ids {@code 000_…-1}, {@code 000_…-2}, …, their outlets and dates from the seeds'
 *       manifest, until the file holds {@code MB} megabytes;
 *   <li>{@code articles OUT.jsonl COUNT [SEED]}: generated articles with planted claims, from
 *       {@code claimcheck-testing};
 *   <li>{@code claims OUT.jsonl EVENTS PER_EVENT [SEED]}: structured claims in the form
 *       {@code claimcheck extract} prints, {@code EVENTS} incidents with {@code PER_EVENT}
 *       claims each from different outlets, exact, lower-bound and approximate figures, some of
 *       them contradictory.
 *   <li>{@code events OUT.jsonl EVENTS PER_EVENT [SEED]}: the claims {@link CheckBenchmark} checks
 *       (real cities, ten documents an event), as claims JSON Lines, so that the CLI can be run
 *       on exactly what the benchmark measures.
 * </ul>
 */
public final class Corpus {
  private static final JsonFactory JSON = new JsonFactory();

  private Corpus() {}

  /** {@code seeds|articles|claims OUT ...}; see the class comment. */
  public static void main(String[] args) throws IOException {
    if (args.length < 3) {
      System.err.println("usage: Corpus seeds OUT.jsonl MB | articles OUT.jsonl COUNT [SEED]"
          + " | claims|events OUT.jsonl EVENTS PER_EVENT [SEED]");
      System.exit(2);
    }
    Path out = Path.of(args[1]);
    long written;
    switch (args[0]) {
      case "seeds":
        written = seeds(out, Long.parseLong(args[2]) * 1_000_000L);
        break;
      case "articles":
        written = articles(out, Integer.parseInt(args[2]), args.length > 3 ? Long.parseLong(args[3]) : 42);
        break;
      case "claims":
        written = claims(out, Integer.parseInt(args[2]), Integer.parseInt(args[3]),
            args.length > 4 ? Long.parseLong(args[4]) : 42);
        break;
      case "events":
        written = events(out, Integer.parseInt(args[2]), Integer.parseInt(args[3]),
            args.length > 4 ? Long.parseLong(args[4]) : 42);
        break;
      default:
        System.err.println("Corpus: unknown corpus '" + args[0] + "'; expected seeds, articles, claims or events");
        System.exit(2);
        return;
    }
    System.err.printf(Locale.ROOT, "%s: %d records, %.1f MB%n", out, written, Files.size(out) / 1e6);
  }

  /** The seed articles repeated until {@code bytes}; returns the number of documents. */
  static long seeds(Path out, long bytes) throws IOException {
    Path dir = SeedCorpus.seeds();
    JsonNode manifest = new ObjectMapper().readTree(dir.resolve("manifest.json").toFile());
    List<String[]> seeds = new ArrayList<>();
    for (JsonNode m : manifest) {
      String file = m.get("file").asText();
      String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
      seeds.add(new String[] {file.substring(0, file.length() - 4), m.path("source").asText(null),
          m.path("published").asText(null), text});
    }
    long n = 0;
    CountingStream counting = new CountingStream(new BufferedOutputStream(Files.newOutputStream(out), 1 << 16));
    try (JsonGenerator g = JSON.createGenerator(counting, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      for (int round = 1; counting.count < bytes; round++) {
        for (String[] s : seeds) {
          g.writeStartObject();
          g.writeStringField("id", s[0] + "-" + round);
          g.writeStringField("source", s[1]);
          g.writeStringField("published", s[2]);
          g.writeStringField("text", s[3]);
          g.writeEndObject();
          g.writeRaw('\n');
          n++;
        }
        g.flush();
      }
    }
    return n;
  }

  /** {@code count} generated articles; returns {@code count}. */
  static long articles(Path out, int count, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16);
        JsonGenerator g = JSON.createGenerator(os, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(null);
      for (int i = 0; i < count; i++) {
        Document d = Articles.article(random).document();
        g.writeStartObject();
        g.writeStringField("id", String.format(Locale.ROOT, "gen-%06d", i));
        g.writeStringField("source", d.source().outlet());
        g.writeStringField("published", String.valueOf(d.source().published()));
        g.writeStringField("text", d.text());
        g.writeEndObject();
        g.writeRaw('\n');
      }
    }
    return count;
  }

  /** {@code events} incidents of {@code perEvent} claims; returns the number of claims. */
  static long claims(Path out, int events, int perEvent, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    BigDecimal tolerance = new BigDecimal("0.1");
    Measure[] measures = {Measure.KILLED, Measure.INJURED, Measure.MISSING};
    Qualifier[] qualifiers = {Qualifier.EXACT, Qualifier.AT_LEAST, Qualifier.MORE_THAN, Qualifier.ABOUT};
    LocalDate start = LocalDate.of(2016, 1, 1);
    long n = 0;
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      for (int e = 0; e < events; e++) {
        String place = String.format(Locale.ROOT, "Place%05d", e % (events / 2 + 1));
        Measure measure = measures[e % measures.length];
        PartialDate date = PartialDate.of(start.plusDays(random.nextInt(365 * 3)));
        long base = 5 + random.nextInt(500);
        for (int k = 0; k < perEvent; k++) {
          Qualifier q = qualifiers[random.nextInt(qualifiers.length)];
          long figure = random.nextInt(20) == 0 ? base * 3 : Math.max(1, base - random.nextInt((int) (base / 4 + 1)));
          Quantity quantity = Quantity.of(q.id() + " " + figure, BigDecimal.valueOf(figure), q, tolerance);
          int outlet = random.nextInt(500);
          Source source = new Source("doc" + n, "Outlet " + outlet, start.plusDays(outlet % 300), null, null);
          Claim c = new Claim("doc" + n + "#1", source, measure, null, quantity,
              new Scope(List.of(place), date, TimeScope.INCIDENT), null,
              new Evidence(0, quantity.text().length(), quantity.text() + " killed"), null);
          os.write(ClaimJson.toJson(c).getBytes(StandardCharsets.UTF_8));
          os.write('\n');
          n++;
        }
      }
    }
    return n;
  }

  /** {@link CheckBenchmark}'s claims; returns their number. */
  static long events(Path out, int events, int perEvent, long seed) throws IOException {
    long n = 0;
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      for (Claim c : CheckBenchmark.claims(events, perEvent, seed)) {
        os.write(ClaimJson.toJson(c).getBytes(StandardCharsets.UTF_8));
        os.write('\n');
        n++;
      }
    }
    return n;
  }

  /** Counts what passes through, so the seeds corpus stops at a size. */
  static final class CountingStream extends java.io.FilterOutputStream {
    long count;

    CountingStream(OutputStream out) {
      super(out);
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      out.write(b, off, len);
      count += len;
    }
  }
}
