package io.claimcheck.config;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.claimcheck.internal.IoMessages;
import io.claimcheck.internal.ParserMessages;
import io.claimcheck.rules.ParameterSpec;
import io.claimcheck.rules.Rule;
import io.claimcheck.rules.RuleDescriptor;
import io.claimcheck.rules.RuleSet;
import io.claimcheck.rules.Severity;
import io.claimcheck.rules.Suggestions;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads a rules file, YAML or JSON:
 *
 * <pre>
 * approximateTolerance: 0.1        # how far "about N" is widened
 * incidentWindow: 7                # days apart two documents' incidents may be and still be one
 * areaWindow: 14                   # the same for storms, floods, earthquakes
 *                                  # (dateTolerance, the old name of incidentWindow, still reads)
 * rules:
 *   divergent-figures:
 *     severity: warning
 *     measures: [killed]
 *     reason: our desk accepts 30% between outlets
 *     maxRelativeSpread: 0.3
 *   same-source-conflict:
 *     enabled: false
 * </pre>
 *
 * <p>Keys are the rule ids (or aliases) and parameter names that {@code claimcheck rules} lists.
 * Every problem is a {@link ConfigException} naming the file, line, column and key, with a
 * suggestion when a known name is close; the file is applied whole or not at all.
 */
public final class RulesFile {
  private static final Set<String> TOP = Set.of("approximateTolerance", "incidentWindow", "areaWindow", "dateTolerance", "rules");
  private static final Set<String> RULE_KEYS = Set.of("enabled", "severity", "measures", "reason");

  /** The largest rules file, in bytes (or characters, for text given directly). */
  public static final int MAX_SIZE = 1024 * 1024;

  private RulesFile() {}

  /** A problem found while reading the file's structure, at a place in it. */
  private static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final int line;
    final int column;
    final @Nullable String key;

    Refused(JsonLocation at, @Nullable String key, String message) {
      super(message, null, false, false);
      this.line = at == null ? 1 : Math.max(1, at.getLineNr());
      this.column = at == null ? 1 : Math.max(1, at.getColumnNr());
      this.key = key;
    }
  }

  /** Reads the file at {@code path}: JSON when it ends in {@code .json} or starts with {, else YAML. */
  public static Configuration load(Path path) {
    Objects.requireNonNull(path, "path");
    String text;
    try {
      long size = Files.size(path);
      if (size > MAX_SIZE) {
        throw new ConfigException(path.toString(), 1, 1, null, "is " + size + " bytes; a rules file may be at most "
            + MAX_SIZE + " bytes (1 MiB)");
      }
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(path.toString(), "cannot be read: " + IoMessages.describe(e));
    }
    return parse(path.toString(), text);
  }

  /** Reads rules from {@code text}; {@code source} names it in messages. */
  public static Configuration parse(String source, String text) {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(text, "text");
    if (text.length() > MAX_SIZE) {
      throw new ConfigException(source, 1, 1, null, "is " + text.length() + " characters; a rules file may be at most "
          + MAX_SIZE + " (1 MiB)");
    }
    boolean json = source.toLowerCase(Locale.ROOT).endsWith(".json") || text.stripLeading().startsWith("{");
    Node root;
    try (Reader r = new StringReader(text);
         JsonParser p = (json ? new JsonFactory() : new YAMLFactory()).createParser(r)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return Configuration.defaults();
      }
      root = read(p);
      if (p.nextToken() != null) {
        throw new Refused(p.currentTokenLocation(), null, json
            ? "has more after the end of the JSON object; a rules file is one object"
            : "holds a second YAML document (after '---'); a rules file is one document");
      }
    } catch (Refused e) {
      throw new ConfigException(source, e.line, e.column, e.key, e.getMessage());
    } catch (JsonProcessingException e) {
      JsonLocation l = e.getLocation();
      throw new ConfigException(source, l == null ? 1 : Math.max(1, l.getLineNr()), l == null ? 1 : Math.max(1, l.getColumnNr()),
          null, "not valid " + (json ? "JSON" : "YAML") + ": " + syntax(e, text, json));
    } catch (IOException e) {
      throw new ConfigException(source, "cannot be read: " + IoMessages.describe(e));
    }
    return new Reading(source).configuration(root);
  }

  /** A value read with where it starts. */
  private record Node(@Nullable Object value, int line, int column) {
    boolean isMap() {
      return value instanceof Map;
    }

    @SuppressWarnings("unchecked")
    Map<String, Node[]> map() {
      return (Map<String, Node[]>) value;
    }
  }

  /** What a syntax error means, in one line; a too-long YAML key is told as such. */
  private static String syntax(JsonProcessingException e, String text, boolean json) {
    String m = String.valueOf(e.getOriginalMessage()).replace('\n', ' ');
    JsonLocation l = e.getLocation();
    if (!json && l != null && l.getLineNr() >= 1) {
      String[] lines = text.split("\n", -1);
      if (l.getLineNr() <= lines.length) {
        String line = lines[l.getLineNr() - 1];
        int colon = line.indexOf(':');
        if (colon > 1024 || colon < 0 && line.strip().length() > 1024) {
          return "a key of " + (colon < 0 ? line.strip().length() : colon) + " characters; YAML keys may be at most 1024"
              + " characters (quote a longer text as a value)";
        }
      }
    }
    m = io.claimcheck.internal.ParserMessages.describe(String.valueOf(e.getOriginalMessage()));
    return m.length() > 300 ? m.substring(0, 300) + "..." : m;
  }

  /** Reads the value at the parser's current token; maps keep each key's own location. */
  private static Node read(JsonParser p) throws IOException {
    JsonLocation l = p.currentTokenLocation();
    int line = Math.max(1, l.getLineNr());
    int column = Math.max(1, l.getColumnNr());
    JsonToken t = p.currentToken();
    if (p instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser
        && ((com.fasterxml.jackson.dataformat.yaml.YAMLParser) p).isCurrentAlias()) {
      throw new Refused(l, null, "uses the YAML alias '*" + bounded(p.getText()) + "'; aliases are not read in a rules"
          + " file: write the value out");
    }
    switch (t) {
      case START_OBJECT: {
        Map<String, Node[]> map = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          JsonLocation kl = p.currentTokenLocation();
          String name = p.currentName();
          Node key = new Node(name, Math.max(1, kl.getLineNr()), Math.max(1, kl.getColumnNr()));
          if (map.containsKey(name)) {
            Node first = map.get(name)[0];
            throw new Refused(kl, name, "'" + bounded(name) + "' appears twice in one map (first at line " + first.line()
                + "); give each key once");
          }
          p.nextToken();
          map.put(name, new Node[] {key, read(p)});
        }
        return new Node(map, line, column);
      }
      case START_ARRAY: {
        List<Node> list = new ArrayList<>();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          list.add(read(p));
        }
        return new Node(list, line, column);
      }
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT: {
        BigDecimal d;
        try {
          d = p.getDecimalValue();
        } catch (NumberFormatException e) {
          throw new Refused(l, null, "the number " + bounded(p.getText()) + " is out of range; numbers in a rules file"
              + " have at most 1000 digits before and after the decimal point");
        }
        if (d.signum() != 0 && (d.precision() - d.scale() > 1000 || d.scale() > 1000 && d.stripTrailingZeros().scale() > 1000)) {
          throw new Refused(l, null, "the number " + io.claimcheck.internal.Decimals.brief(d) + " is out of range;"
              + " numbers in a rules file have at most 1000 digits before and after the decimal point");
        }
        return new Node(d, line, column);
      }
      case VALUE_TRUE:
        return new Node(Boolean.TRUE, line, column);
      case VALUE_FALSE:
        return new Node(Boolean.FALSE, line, column);
      case VALUE_NULL:
        return new Node(null, line, column);
      default:
        return new Node(p.getText(), line, column);
    }
  }

  /** A name or text from the file, shown in a message: at most 80 characters. */
  static String bounded(@Nullable String s) {
    if (s == null) {
      return "";
    }
    String p = io.claimcheck.internal.Printable.escape(s);
    return p.length() > 80 ? p.substring(0, 77) + "..." : p;
  }

  /** One reading of one file: validates everything, then builds. */
  private static final class Reading {
    private final String source;

    Reading(String source) {
      this.source = source;
    }

    private ConfigException error(Node at, @Nullable String key, String problem) {
      return new ConfigException(source, at.line(), at.column(), key, problem);
    }

    Configuration configuration(Node root) {
      if (!root.isMap()) {
        throw error(root, null, "expected a map with 'rules', 'approximateTolerance', 'incidentWindow' and 'areaWindow'");
      }
      RuleSet.Builder builder = RuleSet.builder();
      int incidentWindow = Configuration.defaults().incidentWindow();
      int areaWindow = Configuration.defaults().areaWindow();
      for (Map.Entry<String, Node[]> e : root.map().entrySet()) {
        Node key = e.getValue()[0];
        Node value = e.getValue()[1];
        switch (e.getKey()) {
          case "approximateTolerance": {
            BigDecimal t = number(value, "approximateTolerance", "a decimal from 0 to less than 1, such as 0.1");
            if (t.signum() < 0 || t.compareTo(BigDecimal.ONE) >= 0) {
              throw error(value, "approximateTolerance", "'approximateTolerance' is " + io.claimcheck.internal.Decimals.brief(t)
                  + "; expected a decimal from 0 to less than 1, such as 0.1");
            }
            builder.approximateTolerance(t);
            break;
          }
          case "dateTolerance":
          case "incidentWindow":
            incidentWindow = days(value, e.getKey());
            break;
          case "areaWindow":
            areaWindow = days(value, e.getKey());
            break;
          case "rules":
            rules(value, builder);
            break;
          default:
            throw error(key, bounded(e.getKey()), "unknown key '" + bounded(e.getKey()) + "'" + hint(e.getKey(), TOP)
                + "; expected " + String.join(", ", List.of("rules", "approximateTolerance", "incidentWindow",
                    "areaWindow")));
        }
      }
      return new Configuration(builder.build(), incidentWindow, areaWindow);
    }

    private int days(Node value, String name) {
      BigDecimal d = number(value, name, "a whole number of days, 0 or more");
      if (d.signum() < 0 || !io.claimcheck.quantity.Interval.isWhole(d) || d.compareTo(BigDecimal.valueOf(3650)) > 0) {
        throw error(value, name, "'" + name + "' is " + d.toPlainString() + "; expected a whole number of days from 0 to 3650");
      }
      return d.intValueExact();
    }

    private void rules(Node value, RuleSet.Builder builder) {
      if (value.value() == null) {
        return;
      }
      if (!value.isMap()) {
        throw error(value, "rules", "'rules' must map rule ids to their settings, such as 'divergent-figures: {maxRelativeSpread: 0.3}'");
      }
      Map<String, Rule> known = RuleSet.available();
      for (Map.Entry<String, Node[]> e : value.map().entrySet()) {
        String id = e.getKey();
        Node key = e.getValue()[0];
        Node settings = e.getValue()[1];
        Rule rule = known.get(id);
        if (rule == null) {
          throw error(key, "rules." + bounded(id), "unknown rule '" + bounded(id) + "'" + hint(id, known.keySet())
              + "; 'claimcheck rules' lists the rules");
        }
        builder.enable(id);
        if (settings.value() == null) {
          continue;
        }
        if (!settings.isMap()) {
          throw error(settings, "rules." + id, "the settings of rule '" + id + "' must be a map, such as 'enabled: true'");
        }
        rule(rule.descriptor(), settings, builder);
      }
    }

    private void rule(RuleDescriptor d, Node settings, RuleSet.Builder builder) {
      String id = d.id();
      for (Map.Entry<String, Node[]> e : settings.map().entrySet()) {
        String name = e.getKey();
        Node key = e.getValue()[0];
        Node value = e.getValue()[1];
        String path = "rules." + id + "." + name;
        switch (name) {
          case "enabled":
            if (!(value.value() instanceof Boolean)) {
              throw error(value, path, "'enabled' of rule '" + id + "' is " + show(value) + "; expected true or false");
            }
            if ((Boolean) value.value()) {
              builder.enable(id);
            } else {
              builder.disable(id);
            }
            break;
          case "severity": {
            String s = value.value() instanceof String ? (String) value.value() : "";
            Severity severity = Severity.parse(s).orElseThrow(() -> error(value, path, "'severity' of rule '" + id
                + "' is " + show(value) + "; expected error, warning or info"));
            builder.severity(id, severity);
            break;
          }
          case "measures": {
            List<String> measures = new ArrayList<>();
            if (value.value() instanceof String) {
              measures.add((String) value.value());
            } else if (value.value() instanceof List) {
              for (Object o : (List<?>) value.value()) {
                Node m = (Node) o;
                if (!(m.value() instanceof String) || ((String) m.value()).isBlank()) {
                  throw error(m, path, "each of 'measures' of rule '" + id + "' must be a measure name such as killed");
                }
                measures.add((String) m.value());
              }
            } else {
              throw error(value, path, "'measures' of rule '" + id + "' must be a list of measure names, such as [killed, injured]");
            }
            builder.measures(id, measures.toArray(new String[0]));
            break;
          }
          case "reason":
            if (!(value.value() instanceof String)) {
              throw error(value, path, "'reason' of rule '" + id + "' must be text");
            }
            builder.reason(id, (String) value.value());
            break;
          default: {
            ParameterSpec spec = d.parameter(name).orElseThrow(() -> {
              List<String> names = new ArrayList<>(RULE_KEYS);
              d.parameters().forEach(p -> names.add(p.name()));
              return error(key, "rules." + id + "." + bounded(name), "unknown parameter '" + bounded(name) + "' for rule '" + id + "'" + hint(name, names));
            });
            Object v = value.value();
            if (v == null || spec.check(v).isPresent()) {
              throw error(value, path, "'" + name + "' of rule '" + id + "' is " + show(value) + "; expected "
                  + spec.expected());
            }
            builder.parameter(id, name, v);
          }
        }
      }
    }

    private BigDecimal number(Node value, String key, String expected) {
      if (!(value.value() instanceof BigDecimal)) {
        throw error(value, key, "'" + key + "' is " + show(value) + "; expected " + expected);
      }
      return (BigDecimal) value.value();
    }

    private static String show(Node n) {
      Object v = n.value();
      if (v == null) {
        return "empty";
      }
      if (v instanceof String) {
        return "'" + bounded((String) v) + "'";
      }
      if (v instanceof BigDecimal) {
        return io.claimcheck.internal.Decimals.brief((BigDecimal) v);
      }
      if (v instanceof Map) {
        return "a map";
      }
      if (v instanceof List) {
        return "a list";
      }
      return String.valueOf(v);
    }

    private static String hint(String name, java.util.Collection<String> known) {
      return Suggestions.closest(name, known).map(s -> "; did you mean '" + s + "'?").orElse("");
    }
  }
}
