package io.claimcheck.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Source;
import io.claimcheck.internal.IoMessages;
import io.claimcheck.internal.ParserMessages;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads documents from files and folders, in a stable order, one at a time:
 *
 * <ul>
 *   <li>{@code .txt} files, with an optional {@code manifest.json} in their folder giving, per
 *       file, {@code source}, {@code published} (ISO date), {@code title} and {@code url};
 *   <li>{@code .jsonl} files of documents, one per line: {@code {"id", "source", "published",
 *       "url", "title", "text"}}, or news-please records ({@code maintext}, {@code date_publish},
 *       {@code source_domain}, {@code url}, {@code title});
 *   <li>{@code .json} files holding one news-please record or an array of them;
 *   <li>{@code .jsonl} claims in the form {@code claimcheck extract} prints, handed to
 *       {@link DocumentSink#claim}.
 * </ul>
 *
 * <p>Folders are read recursively, entries sorted by name. Whatever cannot be read (a missing
 * file, invalid UTF-8, a binary file, a broken line, a bad date, a duplicate id, a symbolic-link
 * loop) is handed to the sink as a {@link ReadFailure} naming the file, the line and what was
 * expected, and reading goes on. Thread-safe.
 */
public final class DocumentReader {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String MANIFEST = "manifest.json";
  /** Text files larger than this many bytes are read in parts. */
  static final long LARGE = 8L * 1024 * 1024;
  /** The size of one part, in characters. */
  static final int PART = 4 * 1024 * 1024;

  private DocumentReader() {}

  /** The reader. */
  public static DocumentReader standard() {
    return new DocumentReader();
  }

  /** Reads every path (file or folder) in order, handing each document or failure to the sink. */
  public void read(List<Path> paths, DocumentSink sink) {
    Objects.requireNonNull(paths, "paths");
    Objects.requireNonNull(sink, "sink");
    Run run = new Run(sink);
    for (Path path : paths) {
      run.path(path);
    }
  }

  /**
   * Reads documents from a stream, such as standard input: JSON Lines documents when the first
   * non-blank character is <code>{</code>, otherwise one plain-text document with id {@code name}.
   */
  public void read(String name, InputStream in, DocumentSink sink) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(sink, "sink");
    Run run = new Run(sink);
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      sink.failure(new ReadFailure(name, name, "cannot be read: " + message(e)));
      return;
    }
    run.bytes(name, name, bytes, null);
  }

  /** Per-call state: the ids seen so far and the folders entered, for duplicates and loops. */
  private static final class Run {
    private final DocumentSink sink;
    private final Map<String, String> ids = new HashMap<>();
    private final Set<Path> folders = new HashSet<>();

    Run(DocumentSink sink) {
      this.sink = sink;
    }

    void path(Path path) {
      if (Files.isDirectory(path)) {
        folder(path, path);
      } else if (Files.exists(path)) {
        file(path, stem(path.getFileName().toString()), null, true);
      } else {
        String name = path.toString();
        sink.failure(new ReadFailure(name, name, Files.isSymbolicLink(path)
            ? "is a symbolic link to nothing" : "does not exist"));
      }
    }

    private void folder(Path root, Path dir) {
      Path real;
      try {
        real = dir.toRealPath();
      } catch (IOException e) {
        sink.failure(new ReadFailure(dir.toString(), dir.toString(), "cannot be opened: " + message(e)));
        return;
      }
      if (!folders.add(real)) {
        sink.failure(new ReadFailure(dir.toString(), dir.toString(),
            "is a folder already read (a symbolic-link loop or a repeated path); skipped"));
        return;
      }
      List<Path> entries = new ArrayList<>();
      try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir)) {
        for (Path p : stream) {
          entries.add(p);
        }
      } catch (IOException e) {
        sink.failure(new ReadFailure(dir.toString(), dir.toString(), "cannot be listed: " + message(e)));
        return;
      }
      entries.sort((a, b) -> a.getFileName().toString().compareTo(b.getFileName().toString()));
      Map<String, Meta> manifest = manifest(dir, entries);
      for (Path p : entries) {
        String name = p.getFileName().toString();
        String lower = name.toLowerCase(Locale.ROOT);
        if (Files.isDirectory(p)) {
          folder(root, p);
        } else if (lower.endsWith(".txt") || lower.endsWith(".jsonl")
            || lower.endsWith(".json") && !name.equals(MANIFEST)) {
          String id = stem(root.relativize(p).toString().replace('\\', '/'));
          file(p, id, manifest.get(name), false);
        } else if (!Files.exists(p)) {
          sink.failure(new ReadFailure(p.toString(), stem(name), "is a symbolic link to nothing"));
        }
      }
    }

    private Map<String, Meta> manifest(Path dir, List<Path> entries) {
      Path file = dir.resolve(MANIFEST);
      Map<String, Meta> out = new HashMap<>();
      if (!Files.isRegularFile(file)) {
        return out;
      }
      JsonNode root;
      try {
        root = JSON.readTree(Files.readAllBytes(file));
      } catch (JsonProcessingException e) {
        sink.failure(new ReadFailure(file + ":" + e.getLocation().getLineNr(), MANIFEST,
            "is not valid JSON (" + ParserMessages.describe(e.getOriginalMessage()) + "); its files are read without metadata"));
        return out;
      } catch (IOException e) {
        sink.failure(new ReadFailure(file.toString(), MANIFEST, "cannot be read: " + message(e)));
        return out;
      }
      if (root == null || !root.isArray()) {
        sink.failure(new ReadFailure(file.toString(), MANIFEST,
            "must be a JSON array of {\"file\", \"source\", \"published\", \"title\", \"url\"}"));
        return out;
      }
      Set<String> present = new HashSet<>();
      entries.forEach(p -> present.add(p.getFileName().toString()));
      int index = 0;
      for (JsonNode entry : root) {
        String where = file + "[" + index++ + "]";
        String name = text(entry, "file");
        if (name == null) {
          sink.failure(new ReadFailure(where, MANIFEST, "has no \"file\" naming the document"));
          continue;
        }
        if (!present.contains(name)) {
          sink.failure(new ReadFailure(where, stem(name), "lists \"" + name + "\", which is not in " + dir));
          continue;
        }
        try {
          out.put(name, new Meta(text(entry, "source"), date(entry, "published"), text(entry, "url"),
              text(entry, "title")));
        } catch (IllegalArgumentException e) {
          sink.failure(new ReadFailure(where, stem(name), e.getMessage() + "; read without metadata"));
        }
      }
      return out;
    }

    private void file(Path path, String id, @Nullable Meta meta, boolean named) {
      String lowerName = path.getFileName().toString().toLowerCase(Locale.ROOT);
      if (!lowerName.endsWith(".jsonl") && !lowerName.endsWith(".json")) {
        textFile(path, id, meta);
        return;
      }
      byte[] bytes;
      try {
        bytes = Files.readAllBytes(path);
      } catch (NoSuchFileException e) {
        sink.failure(new ReadFailure(path.toString(), id, "does not exist"));
        return;
      } catch (IOException | OutOfMemoryError e) {
        sink.failure(new ReadFailure(path.toString(), id, "cannot be read: " + message(e)));
        return;
      }
      String lower = path.getFileName().toString().toLowerCase(Locale.ROOT);
      if (lower.endsWith(".jsonl")) {
        jsonLines(path.toString(), id, bytes, path.toString());
      } else if (lower.endsWith(".json")) {
        jsonFile(path.toString(), id, bytes, named);
      } else {
        textDocument(path.toString(), id, bytes, meta);
      }
    }

    /**
     * A text file, decoded strictly without holding it twice: {@link Files#readString} keeps
     * ASCII and Latin-1 text one byte a character.
     */
    private void textFile(Path path, String id, @Nullable Meta meta) {
      try {
        if (Files.size(path) > LARGE) {
          largeTextFile(path, id, meta == null ? Meta.NONE : meta);
          return;
        }
      } catch (IOException e) {
        sink.failure(new ReadFailure(path.toString(), id, "cannot be read: " + message(e)));
        return;
      }
      String text;
      try {
        text = Files.readString(path, StandardCharsets.UTF_8);
      } catch (java.nio.charset.CharacterCodingException e) {
        String problem;
        try {
          byte[] bytes = Files.readAllBytes(path);
          int nul = indexOfNul(bytes);
          problem = nul >= 0 ? "looks binary (a NUL byte at offset " + nul + "); expected UTF-8 text"
              : "is not valid UTF-8 text (" + firstBadByte(bytes) + ")";
        } catch (IOException | OutOfMemoryError again) {
          problem = "is not valid UTF-8 text";
        }
        sink.failure(new ReadFailure(path.toString(), id, problem));
        return;
      } catch (NoSuchFileException e) {
        sink.failure(new ReadFailure(path.toString(), id, "does not exist"));
        return;
      } catch (IOException | OutOfMemoryError e) {
        sink.failure(new ReadFailure(path.toString(), id, "cannot be read: " + message(e)));
        return;
      }
      int nul = text.indexOf('\0');
      if (nul >= 0) {
        sink.failure(new ReadFailure(path.toString(), id,
            "looks binary (a NUL byte at offset " + nul + "); expected UTF-8 text"));
        return;
      }
      if (text.startsWith("\uFEFF")) {
        text = text.substring(1);
      }
      Meta m = meta == null ? Meta.NONE : meta;
      emit(path.toString(), new Document(
          new Source(id, m.source, m.published, m.url, m.title, path.toString(), 0), text));
    }

    /**
     * A text file too large to hold as one string: decoded strictly as a stream and handed over in
     * parts that end at a line break (or, failing one, a space), each with its offset in the whole.
     */
    private void largeTextFile(Path path, String id, Meta m) {
      Source source = new Source(id, m.source, m.published, m.url, m.title, path.toString(), 0);
      if (ids.putIfAbsent(id, path.toString()) != null) {
        sink.failure(new ReadFailure(path.toString(), id, "repeats document id '" + id + "' first read from "
            + ids.get(id)));
        return;
      }
      java.nio.charset.CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      long offset = 0;
      try (java.io.Reader in = new java.io.InputStreamReader(Files.newInputStream(path), decoder)) {
        char[] buffer = new char[PART];
        int filled = 0;
        boolean first = true;
        while (true) {
          int n = in.read(buffer, filled, buffer.length - filled);
          boolean end = n < 0;
          if (!end) {
            filled += n;
            if (filled < buffer.length) {
              continue;
            }
          }
          int cut = end ? filled : cutPoint(buffer, filled);
          String text = new String(buffer, 0, cut);
          if (first && text.startsWith("\uFEFF")) {
            text = text.substring(1);
          }
          first = false;
          int nul = text.indexOf('\0');
          if (nul >= 0) {
            sink.failure(new ReadFailure(path.toString(), id,
                "looks binary (a NUL byte at character " + (offset + nul) + "); expected UTF-8 text"));
            return;
          }
          if (!text.isEmpty()) {
            sink.document(new Document(source, text, offset));
          }
          offset += text.length();
          System.arraycopy(buffer, cut, buffer, 0, filled - cut);
          filled -= cut;
          if (end) {
            return;
          }
        }
      } catch (java.nio.charset.CharacterCodingException e) {
        sink.failure(new ReadFailure(path.toString(), id, "is not valid UTF-8 text after character " + offset
            + "; the text before it was read"));
      } catch (IOException e) {
        sink.failure(new ReadFailure(path.toString(), id, "cannot be read: " + message(e)));
      }
    }

    void bytes(String location, String id, byte[] bytes, @Nullable Meta meta) {
      int i = 0;
      while (i < bytes.length && (bytes[i] == ' ' || bytes[i] == '\n' || bytes[i] == '\r' || bytes[i] == '\t')) {
        i++;
      }
      if (i < bytes.length && bytes[i] == '{') {
        jsonLines(location, id, bytes, null);
      } else {
        textDocument(location, id, bytes, meta);
      }
    }

    private void textDocument(String location, String id, byte[] bytes, @Nullable Meta meta) {
      String text;
      try {
        text = decode(bytes);
      } catch (IllegalArgumentException e) {
        sink.failure(new ReadFailure(location, id, e.getMessage()));
        return;
      }
      Meta m = meta == null ? Meta.NONE : meta;
      emit(location, new Document(new Source(id, m.source, m.published, m.url, m.title), text));
    }

    private void jsonLines(String location, String fileId, byte[] bytes, @Nullable String file) {
      String content;
      try {
        content = decode(bytes);
      } catch (IllegalArgumentException e) {
        sink.failure(new ReadFailure(location, fileId, e.getMessage()));
        return;
      }
      int lineNo = 0;
      int start = 0;
      while (start <= content.length()) {
        int end = content.indexOf('\n', start);
        if (end < 0) {
          end = content.length();
        }
        lineNo++;
        String line = content.substring(start, end);
        start = end + 1;
        if (line.isBlank()) {
          if (end == content.length()) {
            break;
          }
          continue;
        }
        String where = location + ":" + lineNo;
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          sink.failure(new ReadFailure(where, fileId + "#" + lineNo,
              "is not valid JSON (" + ParserMessages.describe(e.getOriginalMessage()) + " at column "
              + e.getLocation().getColumnNr() + ")"));
          continue;
        }
        record(where, fileId + "#" + lineNo, node, true, file, lineNo);
      }
    }

    private void jsonFile(String location, String id, byte[] bytes, boolean named) {
      JsonNode root;
      try {
        root = JSON.readTree(decode(bytes));
      } catch (IllegalArgumentException e) {
        sink.failure(new ReadFailure(location, id, e.getMessage()));
        return;
      } catch (JsonProcessingException e) {
        sink.failure(new ReadFailure(location + ":" + e.getLocation().getLineNr(), id,
            "is not valid JSON (" + ParserMessages.describe(e.getOriginalMessage()) + ")"));
        return;
      }
      if (root != null && root.isArray()) {
        int index = 0;
        for (JsonNode node : root) {
          record(location + "[" + index + "]", id + "#" + (index + 1), node, true, location, 0);
          index++;
        }
      } else if (root != null && root.isObject() && (named || isDocument(root))) {
        record(location, id, root, named, location, 0);
      }
    }

    private void record(String where, String fallbackId, JsonNode node, boolean required, @Nullable String file,
        int line) {
      if (!node.isObject()) {
        sink.failure(new ReadFailure(where, fallbackId, "must be a JSON object, found " + node.getNodeType()
            .toString().toLowerCase(Locale.ROOT)));
        return;
      }
      if (ClaimParser.isClaim(node)) {
        try {
          sink.claim(ClaimParser.parse(node));
        } catch (IllegalArgumentException e) {
          sink.failure(new ReadFailure(where, node.path("id").asText(fallbackId), e.getMessage()));
        }
        return;
      }
      if (!isDocument(node)) {
        if (required) {
          sink.failure(new ReadFailure(where, fallbackId,
              "has no \"text\" (or news-please \"maintext\"); expected a document"));
        }
        return;
      }
      boolean newsPlease = !node.has("text");
      String id = text(node, "id");
      if (id == null && newsPlease) {
        id = text(node, "filename");
      }
      if (id == null || id.isBlank()) {
        id = fallbackId;
      }
      try {
        String text = text(node, newsPlease ? "maintext" : "text");
        Source source = new Source(
            id,
            text(node, newsPlease ? "source_domain" : "source"),
            date(node, newsPlease ? "date_publish" : "published"),
            text(node, "url"),
            text(node, "title"),
            file,
            file == null ? 0 : line);
        emit(where, new Document(source, text == null ? "" : text));
      } catch (IllegalArgumentException e) {
        sink.failure(new ReadFailure(where, id, e.getMessage()));
      }
    }

    private void emit(String location, Document document) {
      String first = ids.putIfAbsent(document.id(), location);
      if (first != null) {
        sink.failure(new ReadFailure(location, document.id(),
            "repeats document id '" + document.id() + "' first read from " + first));
        return;
      }
      sink.document(document);
    }
  }

  /** Where a full buffer is cut: after its last line break, else its last space, else at its end. */
  private static int cutPoint(char[] buffer, int filled) {
    for (int i = filled - 1; i > filled / 2; i--) {
      if (buffer[i] == '\n') {
        return i + 1;
      }
    }
    for (int i = filled - 1; i > filled / 2; i--) {
      if (buffer[i] == ' ' && !Character.isHighSurrogate(buffer[i - 1])) {
        return i + 1;
      }
    }
    return Character.isHighSurrogate(buffer[filled - 1]) ? filled - 1 : filled;
  }

  private static boolean isDocument(JsonNode node) {
    return node.hasNonNull("text") || node.hasNonNull("maintext");
  }

  private record Meta(
      @Nullable String source, @Nullable LocalDate published, @Nullable String url, @Nullable String title) {
    static final Meta NONE = new Meta(null, null, null, null);
  }

  private static @Nullable String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isValueNode()) {
      throw new IllegalArgumentException("\"" + field + "\" must be a string, found " + v.getNodeType()
          .toString().toLowerCase(Locale.ROOT));
    }
    return v.asText();
  }

  /** An ISO date, or the date part of an ISO date-time ("2016-02-22 10:43:00"). */
  private static @Nullable LocalDate date(JsonNode node, String field) {
    String s = text(node, field);
    if (s == null || s.isBlank()) {
      return null;
    }
    String day = s.length() >= 10 ? s.substring(0, 10) : s;
    try {
      if (s.length() > 10 && s.charAt(10) != 'T' && s.charAt(10) != ' ') {
        throw new DateTimeParseException("trailing text", s, 10);
      }
      return LocalDate.parse(day);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "\"" + field + "\" is '" + s + "'; expected an ISO date such as 2016-02-22");
    }
  }

  /** Strict UTF-8, without a byte-order mark; binary content is refused. */
  static String decode(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        throw new IllegalArgumentException("looks binary (a NUL byte at offset " + i + "); expected UTF-8 text");
      }
    }
    try {
      String s = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
      return s.startsWith("\uFEFF") ? s.substring(1) : s;
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("is not valid UTF-8 text (" + firstBadByte(bytes) + ")");
    }
  }

  private static int indexOfNul(byte[] bytes) {
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == 0) {
        return i;
      }
    }
    return -1;
  }

  /** The first byte that starts a malformed sequence, and its offset. */
  private static String firstBadByte(byte[] bytes) {
    int i = 0;
    while (i < bytes.length) {
      int b = bytes[i] & 0xff;
      int n = b < 0x80 ? 1 : b >= 0xc2 && b < 0xe0 ? 2 : b >= 0xe0 && b < 0xf0 ? 3 : b >= 0xf0 && b < 0xf5 ? 4 : -1;
      if (n < 0 || i + n > bytes.length) {
        return "bad byte 0x" + Integer.toHexString(b) + " at offset " + i;
      }
      for (int k = 1; k < n; k++) {
        if ((bytes[i + k] & 0xc0) != 0x80) {
          return "bad byte 0x" + Integer.toHexString(b) + " at offset " + i;
        }
      }
      i += n;
    }
    return "malformed byte sequence";
  }

  private static String stem(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String ext : new String[] {".txt", ".jsonl", ".json"}) {
      if (lower.endsWith(ext)) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    return name;
  }

  private static String message(Throwable e) {
    if (e instanceof IOException) {
      return IoMessages.describe((IOException) e);
    }
    return e instanceof OutOfMemoryError ? "too large to hold in memory" : "an unexpected failure";
  }
}
