package io.claimcheck.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * JSON copies of the YAML data files, the form they are loaded in at run time: the YAML is the
 * file people edit and the only one in the sources; the build writes the copy next to it in the
 * classes ({@link #main}, run by Maven after compiling), and a test checks that the two give the
 * same tree. Read with the streaming JSON parser, which the inputs load anyway, into Jackson's
 * tree nodes, a copy spares a run loading the YAML parser and an {@code ObjectMapper} (for the
 * casualty patterns about 150 ms of CPU of a cold JVM, against about 15 ms for this). Not API.
 */
public final class JsonCopy {
  private JsonCopy() {}

  /** Writes the JSON copy of the YAML file {@code args[0]} to {@code args[1]}. */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: JsonCopy FILE.yaml FILE.json");
    }
    JsonNode tree;
    try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
      tree = readYaml(in);
    }
    Path out = Path.of(args[1]);
    Files.createDirectories(out.toAbsolutePath().getParent());
    try (OutputStream o = Files.newOutputStream(out)) {
      new ObjectMapper().writeValue(o, tree);
    }
  }

  /** The tree of a YAML file, as Jackson's YAML reader makes it. */
  public static JsonNode readYaml(InputStream in) throws IOException {
    return new ObjectMapper(new YAMLFactory()).readTree(in);
  }

  /** The tree of a JSON copy, built from the parser's tokens with no {@code ObjectMapper}. */
  public static JsonNode read(InputStream in) throws IOException {
    try (JsonParser p = new JsonFactory().createParser(in)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new IOException("it is empty");
      }
      return value(p, first);
    }
  }

  private static JsonNode value(JsonParser p, JsonToken t) throws IOException {
    JsonNodeFactory f = JsonNodeFactory.instance;
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = f.objectNode();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          String name = p.currentName();
          o.set(name, value(p, p.nextToken()));
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = f.arrayNode();
        for (JsonToken v = p.nextToken(); v != JsonToken.END_ARRAY; v = p.nextToken()) {
          a.add(value(p, v));
        }
        return a;
      }
      case VALUE_STRING:
        return f.textNode(p.getText());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return f.numberNode(p.getIntValue());
          case LONG:
            return f.numberNode(p.getLongValue());
          default:
            return f.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return f.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return f.booleanNode(true);
      case VALUE_FALSE:
        return f.booleanNode(false);
      case VALUE_NULL:
        return f.nullNode();
      default:
        throw new IOException("unexpected " + t + " at " + p.currentLocation());
    }
  }
}
