package io.claimcheck.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.claimcheck.rules.ParameterSpec;
import io.claimcheck.rules.Rule;
import io.claimcheck.rules.RuleDescriptor;
import io.claimcheck.rules.RuleSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code claimcheck rules}: every known rule, its default severity and parameters. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Lists the rules: id, default severity, when it fires, and its parameters with their defaults.")
final class RulesCommand implements Callable<Integer> {
  /** The values of --format. */
  enum Format { text, json }

  @Spec CommandSpec spec;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (default) or json: {\"rules\": [{\"id\", \"defaultSeverity\", \"summary\", \"aliases\", "
          + "\"parameters\": [{\"name\", \"type\", \"default\", \"min\", \"max\", \"description\"}]}], \"settings\": [...]}")
  Format format;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    Set<Rule> seen = new LinkedHashSet<>(RuleSet.available().values());
    if (format == Format.json) {
      json(seen, out);
      out.flush();
      return Main.OK;
    }
    for (Rule r : seen) {
      RuleDescriptor d = r.descriptor();
      out.println(d.id() + " (" + d.defaultSeverity().id() + ")" + (d.aliases().isEmpty() ? "" : " also " + String.join(", ", d.aliases())));
      out.println("    " + d.summary());
      out.println("    message: " + d.message());
      for (ParameterSpec p : d.parameters()) {
        out.println("    " + p.name() + " = " + plain(p.defaultValue()) + "  (" + p.expected() + ") " + p.description());
      }
    }
    out.println("approximateTolerance = 0.1  (a decimal from 0 to less than 1) how far 'about N' is widened, for every rule");
    out.println("incidentWindow = 7  (a whole number of days) how far apart two documents' incidents may be dated and be one");
    out.println("areaWindow = 14  (a whole number of days) the same for storms, floods and earthquakes");
    out.flush();
    return Main.OK;
  }

  private static String plain(Object value) {
    return value instanceof BigDecimal ? ((BigDecimal) value).toPlainString() : String.valueOf(value);
  }

  private static void json(Set<Rule> rules, PrintWriter out) throws IOException {
    try (JsonGenerator g = new JsonFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).createGenerator(out)) {
      g.setPrettyPrinter(new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n")));
      g.writeStartObject();
      g.writeArrayFieldStart("rules");
      for (Rule r : rules) {
        RuleDescriptor d = r.descriptor();
        g.writeStartObject();
        g.writeStringField("id", d.id());
        g.writeStringField("defaultSeverity", d.defaultSeverity().id());
        g.writeStringField("summary", d.summary());
        g.writeStringField("message", d.message());
        g.writeStringField("explanation", d.explanation());
        g.writeArrayFieldStart("aliases");
        for (String a : d.aliases()) {
          g.writeString(a);
        }
        g.writeEndArray();
        g.writeArrayFieldStart("parameters");
        for (ParameterSpec p : d.parameters()) {
          parameter(g, p.name(), p.type().id(), p.defaultValue(), p.min(), p.max(), p.description());
        }
        g.writeEndArray();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeArrayFieldStart("settings");
      parameter(g, "approximateTolerance", "decimal", new BigDecimal("0.1"), BigDecimal.ZERO, null,
          "how far 'about N' is widened, for every rule (less than 1)");
      parameter(g, "incidentWindow", "integer", 7L, BigDecimal.ZERO, BigDecimal.valueOf(3650),
          "how many days apart two documents' incidents may be dated and still be one");
      parameter(g, "areaWindow", "integer", 14L, BigDecimal.ZERO, BigDecimal.valueOf(3650),
          "the same for events over an area: storms, floods, earthquakes");
      g.writeEndArray();
      g.writeEndObject();
    }
    out.println();
  }

  private static void parameter(JsonGenerator g, String name, String type, Object def, BigDecimal min, BigDecimal max,
      String description) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", name);
    g.writeStringField("type", type);
    g.writeFieldName("default");
    if (def instanceof BigDecimal) {
      g.writeNumber((BigDecimal) def);
    } else if (def instanceof Long || def instanceof Integer) {
      g.writeNumber(((Number) def).longValue());
    } else if (def instanceof Boolean) {
      g.writeBoolean((Boolean) def);
    } else {
      g.writeString(String.valueOf(def));
    }
    g.writeFieldName("min");
    if (min == null) {
      g.writeNull();
    } else {
      g.writeNumber(min);
    }
    g.writeFieldName("max");
    if (max == null) {
      g.writeNull();
    } else {
      g.writeNumber(max);
    }
    g.writeStringField("description", description);
    g.writeEndObject();
  }
}
