package io.claimcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.claimcheck.rules.Finding;
import io.claimcheck.rules.RuleDescriptor;
import io.claimcheck.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * {@code --format claimreview}: schema.org {@code ClaimReview} JSON-LD, one per finding, in one
 * {@code @graph}. {@code claimReviewed} is the finding's message; {@code itemReviewed} a
 * {@code Claim} whose {@code appearance}s are the articles behind it (url, headline,
 * datePublished, author = the outlet); {@code reviewRating} a {@code Rating} naming the rule and
 * severity on a scale from 1 (error) to 4 (no finding), with a textual {@code alternateName};
 * {@code reviewBody} holds the arithmetic and a link to the full report. {@code url} is the
 * report's published address ({@link RenderContext#reportUrl()}) with the finding's anchor, or the
 * anchor alone when no address is given.
 */
public final class ClaimReviewRenderer implements ReportRenderer {
  private static final JsonFactory FACTORY = new JsonFactory() // a lone surrogate is kept as its escape
      .setOutputDecorator(io.claimcheck.internal.LoneSurrogates.ESCAPED_IN_JSON)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** A public no-argument constructor, as {@link java.util.ServiceLoader} needs. */
  public ClaimReviewRenderer() {}

  @Override
  public String id() {
    return "claimreview";
  }

  @Override
  public String description() {
    return "schema.org ClaimReview JSON-LD, one review per finding, for search engines and fact-check sites";
  }

  @Override
  public String fileExtension() {
    return "jsonld";
  }

  /** The rating's value: 1 for an error, 2 a warning, 3 info; 4 would be a quantity with no finding. */
  public static int ratingValue(Severity severity) {
    return severity.ordinal() + 1;
  }

  /** The textual rating people read: {@code Contradictory figures}, {@code Divergent figures}, {@code Noted}. */
  public static String textualRating(Severity severity) {
    switch (severity) {
      case ERROR:
        return "Contradictory figures";
      case WARNING:
        return "Divergent figures";
      default:
        return "Noted";
    }
  }

  @Override
  public void render(Report report, RenderContext context, Writer out) throws IOException {
    ReportIndex index = ReportIndex.of(report);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeStringField("@context", "https://schema.org");
      g.writeArrayFieldStart("@graph");
      for (Finding f : report.findings()) {
        review(g, f, index, context);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write("\n");
    out.flush();
  }

  private static void review(JsonGenerator g, Finding f, ReportIndex index, RenderContext context) throws IOException {
    String anchor = ReportIndex.anchor(f);
    String url = context.reportUrl() == null ? "#" + anchor : withoutFragment(context.reportUrl()) + "#" + anchor;
    Optional<RuleDescriptor> rule = context.rule(f.rule());
    g.writeStartObject();
    g.writeStringField("@type", "ClaimReview");
    g.writeStringField("@id", url);
    g.writeStringField("url", url);
    g.writeStringField("identifier", f.key());
    g.writeStringField("claimReviewed", f.message());
    g.writeObjectFieldStart("author");
    g.writeStringField("@type", "Organization");
    g.writeStringField("name", context.toolName());
    g.writeEndObject();
    g.writeObjectFieldStart("itemReviewed");
    g.writeStringField("@type", "Claim");
    List<DocumentStatus> docs = index.documents(f);
    g.writeArrayFieldStart("appearance");
    for (DocumentStatus d : docs) {
      appearance(g, d, index);
    }
    g.writeEndArray();
    @Nullable String first = null;
    @Nullable DocumentStatus firstDoc = null;
    for (DocumentStatus d : docs) {
      String date = published(d, index);
      if (date != null && (first == null || date.compareTo(first) < 0)) {
        first = date;
        firstDoc = d;
      }
    }
    if (firstDoc != null) {
      g.writeFieldName("firstAppearance");
      appearance(g, firstDoc, index);
      g.writeStringField("datePublished", first);
    }
    g.writeEndObject();
    g.writeObjectFieldStart("reviewRating");
    g.writeStringField("@type", "Rating");
    g.writeStringField("name", "[" + f.severity().id() + "] " + f.rule());
    g.writeStringField("alternateName", textualRating(f.severity()));
    g.writeNumberField("ratingValue", ratingValue(f.severity()));
    g.writeNumberField("worstRating", 1);
    g.writeNumberField("bestRating", 4);
    g.writeStringField("ratingExplanation", rule.map(RuleDescriptor::summary).orElse(f.rule()));
    g.writeEndObject();
    g.writeStringField("reviewBody", f.explanation()
        + (context.reportUrl() == null ? "" : " Every claim and the arithmetic: " + context.reportUrl()));
    if (context.reportUrl() != null) {
      g.writeStringField("isBasedOn", context.reportUrl());
    }
    g.writeEndObject();
  }

  private static void appearance(JsonGenerator g, DocumentStatus d, ReportIndex index) throws IOException {
    g.writeStartObject();
    g.writeStringField("@type", "NewsArticle");
    if (d.url() != null) {
      g.writeStringField("url", d.url());
    }
    if (d.title() != null) {
      g.writeStringField("headline", d.title());
    }
    String date = published(d, index);
    if (date != null) {
      g.writeStringField("datePublished", date);
    }
    if (d.source() != null) {
      g.writeObjectFieldStart("author");
      g.writeStringField("@type", "Organization");
      g.writeStringField("name", d.source());
      g.writeEndObject();
    }
    g.writeStringField("identifier", d.document());
    g.writeEndObject();
  }

  private static @Nullable String published(DocumentStatus d, ReportIndex index) {
    return index.published(d.document()).map(Object::toString).orElse(null);
  }

  private static String withoutFragment(String url) {
    int hash = url.indexOf('#');
    return hash < 0 ? url : url.substring(0, hash);
  }
}
