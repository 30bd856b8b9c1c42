package io.claimcheck.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Source;
import io.claimcheck.rules.Finding;
import io.claimcheck.rules.ParameterSpec;
import io.claimcheck.rules.RuleDescriptor;
import io.claimcheck.rules.Severity;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --format sarif}: a SARIF 2.1.0 log with one run, one result per finding. A result's
 * {@code ruleId} is the rule's id, its {@code level} the finding's severity ({@code info} is
 * SARIF's {@code note}), its locations the documents of the finding's claims with the quantity
 * phrase's character region (UTF-16 code units, as {@code columnKind} says) or, for a record of a
 * JSON Lines file, its line; an article known only by its url gets the url and the phrase as a
 * snippet, since the offsets are in its extracted text, not in the page; the finding key is its partial fingerprint
 * {@code claimcheck/findingKey/v1}. The driver's rules come from the rule descriptors. A document
 * that could not be read is a tool execution notification of the run's invocation.
 */
public final class SarifRenderer implements ReportRenderer {
  /** The partial fingerprint that holds a finding's key. */
  public static final String FINGERPRINT = "claimcheck/findingKey/v1";

  private static final JsonFactory FACTORY = new JsonFactory() // a lone surrogate is kept as its escape
      .setOutputDecorator(io.claimcheck.internal.LoneSurrogates.ESCAPED_IN_JSON)
      .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  /** A public no-argument constructor, as {@link java.util.ServiceLoader} needs. */
  public SarifRenderer() {}

  @Override
  public String id() {
    return "sarif";
  }

  @Override
  public String description() {
    return "SARIF 2.1.0, for code-scanning dashboards: one result per finding, fingerprinted by its key";
  }

  @Override
  public String fileExtension() {
    return "sarif";
  }

  /** SARIF's level for a severity: {@code error}, {@code warning}, {@code note}. */
  public static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  @Override
  public void render(Report report, RenderContext context, Writer out) throws IOException {
    Map<String, Integer> ruleIndex = new LinkedHashMap<>();
    List<RuleDescriptor> rules = new ArrayList<>();
    for (RuleDescriptor d : context.rules()) {
      if (ruleIndex.putIfAbsent(d.id(), rules.size()) == null) {
        rules.add(d);
      }
    }
    List<String> unknown = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (!ruleIndex.containsKey(f.rule())) {
        ruleIndex.put(f.rule(), rules.size() + unknown.size());
        unknown.add(f.rule());
      }
    }
    ReportIndex index = ReportIndex.of(report);
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
      g.writeStringField("version", "2.1.0");
      g.writeArrayFieldStart("runs");
      g.writeStartObject();
      g.writeObjectFieldStart("tool");
      g.writeObjectFieldStart("driver");
      g.writeStringField("name", context.toolName());
      if (context.toolVersion() != null) {
        g.writeStringField("version", context.toolVersion());
      }
      g.writeArrayFieldStart("rules");
      for (RuleDescriptor d : rules) {
        rule(g, d);
      }
      for (String id : unknown) {
        g.writeStartObject();
        g.writeStringField("id", id);
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
      invocation(g, report);
      g.writeStringField("columnKind", "utf16CodeUnits");
      g.writeArrayFieldStart("results");
      for (Finding f : report.findings()) {
        result(g, f, ruleIndex.get(f.rule()), index);
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write("\n");
    out.flush();
  }

  /**
   * The run's one invocation: successful (findings are results, not failures), with a
   * notification per document that could not be read, so that a dashboard shows what was missed.
   */
  private static void invocation(JsonGenerator g, Report report) throws IOException {
    g.writeArrayFieldStart("invocations");
    g.writeStartObject();
    g.writeBooleanField("executionSuccessful", true);
    g.writeArrayFieldStart("toolExecutionNotifications");
    for (DocumentStatus d : report.documents()) {
      if (d.error() == null) {
        continue;
      }
      g.writeStartObject();
      g.writeStringField("level", "error");
      g.writeObjectFieldStart("message");
      g.writeStringField("text", d.document() + ": " + d.error());
      g.writeEndObject();
      if (d.path() != null) {
        g.writeArrayFieldStart("locations");
        g.writeStartObject();
        g.writeObjectFieldStart("physicalLocation");
        g.writeObjectFieldStart("artifactLocation");
        g.writeStringField("uri", uri(d.path().replaceFirst(":\\d+$", "")));
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndArray();
      }
      g.writeObjectFieldStart("descriptor");
      g.writeStringField("id", "unreadable-input");
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndArray();
  }

  private static void rule(JsonGenerator g, RuleDescriptor d) throws IOException {
    g.writeStartObject();
    g.writeStringField("id", d.id());
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", d.summary());
    g.writeEndObject();
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level(d.defaultSeverity()));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    if (!d.aliases().isEmpty()) {
      g.writeArrayFieldStart("aliases");
      for (String a : d.aliases()) {
        g.writeString(a);
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("parameters");
    for (ParameterSpec p : d.parameters()) {
      g.writeStartObject();
      g.writeStringField("name", p.name());
      g.writeStringField("type", p.type().id());
      Object def = p.defaultValue();
      g.writeStringField("default", def instanceof BigDecimal ? ((BigDecimal) def).toPlainString() : def.toString());
      g.writeStringField("description", p.description());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void result(JsonGenerator g, Finding f, int ruleIndex, ReportIndex index) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.rule());
    g.writeNumberField("ruleIndex", ruleIndex);
    g.writeStringField("level", level(f.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", f.message());
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    int id = 0;
    for (Claim c : index.claims(f)) {
      location(g, id++, c);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField(FINGERPRINT, f.key());
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeStringField("group", f.group());
    g.writeStringField("groupKey", f.groupKey());
    g.writeStringField("explanation", f.explanation());
    g.writeArrayFieldStart("claims");
    for (String claim : f.claims()) {
      g.writeString(claim);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
  }

  private static void location(JsonGenerator g, int id, Claim c) throws IOException {
    Source s = c.source();
    g.writeStartObject();
    g.writeNumberField("id", id);
    String uri = s.path() != null ? uri(s.path()) : s.url();
    if (uri != null) {
      g.writeObjectFieldStart("physicalLocation");
      g.writeObjectFieldStart("artifactLocation");
      g.writeStringField("uri", uri);
      g.writeEndObject();
      g.writeObjectFieldStart("region");
      if (s.path() != null && s.line() > 0) {
        g.writeNumberField("startLine", s.line());
      } else if (s.path() != null) {
        g.writeNumberField("charOffset", c.evidence().start());
        g.writeNumberField("charLength", c.evidence().end() - c.evidence().start());
      }
      // an article known only by its url: the offsets are in its extracted text, not in the page
      g.writeObjectFieldStart("snippet");
      g.writeStringField("text", c.quantity().text());
      g.writeEndObject();
      g.writeEndObject();
      g.writeEndObject();
    }
    g.writeArrayFieldStart("logicalLocations");
    g.writeStartObject();
    g.writeStringField("name", c.id());
    g.writeStringField("fullyQualifiedName", c.documentId() + "/" + c.id());
    g.writeStringField("kind", "resource");
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("message");
    g.writeStringField("text", c.quantity().text() + " (" + s.displayName()
        + (c.attribution() == null ? "" : ", citing " + c.attribution()) + ")"
        + (c.evidence().sentence().isEmpty() ? "" : ": " + c.evidence().sentence()));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeStringField("document", c.documentId());
    g.writeStringField("url", s.url());
    g.writeStringField("title", s.title());
    g.writeStringField("path", s.path());
    g.writeEndObject();
    g.writeEndObject();
  }

  /** A path as given, as a URI reference: relative paths stay relative, with '/' separators. */
  static String uri(String path) {
    String slashed = path.replace('\\', '/');
    try {
      Path p = Path.of(path);
      if (p.isAbsolute()) {
        return p.toUri().toString();
      }
    } catch (InvalidPathException e) {
      // not a path of this system: encode it as it is
    }
    int colon = slashed.indexOf(':');
    if (colon >= 0 && (slashed.indexOf('/') < 0 || colon < slashed.indexOf('/'))) {
      slashed = "./" + slashed;
    }
    try {
      return new URI(null, null, slashed, null).toASCIIString();
    } catch (URISyntaxException e) {
      return slashed;
    }
  }
}
