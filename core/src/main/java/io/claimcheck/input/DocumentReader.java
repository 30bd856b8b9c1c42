package io.claimcheck.input;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.claim.Source;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
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
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.jspecify.annotations.Nullable;

/**
 * Reads documents from files, folders and streams, in a stable order, one record at a time:
 *
 * <ul>
 *   <li>{@code .txt} files, with an optional {@code manifest.json} in their folder giving, per
 *       file, {@code source}, {@code published} (ISO date), {@code title} and {@code url} (also
 *       when the file is named on its own);
 *   <li>{@code .jsonl} files of documents, one per line: {@code {"id", "source", "published",
 *       "url", "title", "text"}}, or news-please records ({@code maintext}, {@code date_publish},
 *       {@code source_domain}, {@code url}, {@code title});
 *   <li>{@code .json} files holding one news-please record or an array of them;
 *   <li>{@code .jsonl} claims in the form {@code claimcheck extract} prints, handed to
 *       {@link DocumentSink#claim};
 *   <li>WARC files ({@code .warc}): each HTML response becomes a document (see {@link WarcPages});
 *   <li>any of these compressed with gzip ({@code .gz}), read as a stream.
 * </ul>
 *
 * <p>Everything is streamed: a JSON Lines file or JSON array is parsed record by record, and a
 * long text is handed over in parts of at most {@value #PART} characters that end where a
 * sentence ends, so memory is bounded per record, never by the size of a file. One record is
 * at most {@value Records#MAX_RECORD} bytes.
 *
 * <p>Folders are read recursively, entries sorted by name. Only regular files are read in a
 * folder; symbolic links are not followed unless {@link #followingLinks asked}, and FIFOs,
 * devices and files of other kinds are {@linkplain DocumentSink#skipped skipped} with the
 * reason. Document ids are unique across one {@link Session}: a file reached twice is skipped;
 * two different files with one id keep apart (the second takes its path as id). Whatever
 * cannot be read (a missing file, invalid UTF-8, a binary file, a broken line, a bad date) is
 * handed to the sink as a {@link ReadFailure} naming the file, the line and what was expected,
 * and reading goes on. Thread-safe; a session is not.
 */
public final class DocumentReader {
  private static final String MANIFEST = "manifest.json";
  /**
   * The most characters one document (or part of one) holds; longer texts are read in parts.
   * Small enough that a part's text (two bytes a character at worst) stays under the size at
   * which the garbage collector treats an object as humongous (half a 1 MiB region): parts of
   * 256K characters ran a 200 MB text out of a 512 MB heap where these do not.
   */
  static final int PART = 192 * 1024;
  /** Text files larger than this many bytes are streamed rather than read whole. */
  static final long LARGE = 8L * 1024 * 1024;
  /** The largest manifest, in bytes. */
  private static final long MAX_MANIFEST = 64L * 1024 * 1024;

  private final boolean followLinks;
  private final int parallelism;

  private DocumentReader(boolean followLinks, int parallelism) {
    this.followLinks = followLinks;
    this.parallelism = parallelism;
  }

  /** The reader: symbolic links inside folders are not followed; one thread. */
  public static DocumentReader standard() {
    return new DocumentReader(false, 1);
  }

  /** A reader that follows symbolic links inside folders (or not), out of the folder if they lead there. */
  public DocumentReader followingLinks(boolean follow) {
    return new DocumentReader(follow, parallelism);
  }

  /**
   * A reader that parses the lines of JSON Lines inputs on {@code threads} threads (the reading
   * thread among them), 1 unless set. The sink is still called on the reading thread alone, with
   * the same records, failures and order as with one thread.
   *
   * @throws IllegalArgumentException if less than 1
   */
  public DocumentReader parallelism(int threads) {
    return new DocumentReader(followLinks, io.claimcheck.internal.Parallel.threads(threads));
  }

  /** Reads every path (file or folder) in order, handing each document or failure to the sink. */
  public void read(List<Path> paths, DocumentSink sink) {
    Objects.requireNonNull(paths, "paths");
    Session session = open(sink);
    for (Path path : paths) {
      session.read(path);
    }
  }

  /**
   * Reads documents from a stream, such as standard input: JSON Lines documents or claims when
   * the first non-blank character is <code>{</code>, a JSON array when it is <code>[</code>,
   * otherwise one plain-text document with id {@code name}; gzip is recognised by its first bytes.
   */
  public void read(String name, InputStream in, DocumentSink sink) {
    open(sink).read(name, in);
  }

  /** A session: several paths and streams read as one run, with ids unique across it. */
  public Session open(DocumentSink sink) {
    return new Session(Objects.requireNonNull(sink, "sink"));
  }

  /** The kinds of file read. */
  private enum Kind {
    TEXT, JSONL, JSON, WARC;

    static @Nullable Kind of(String name) {
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".gz")) {
        lower = lower.substring(0, lower.length() - 3);
      }
      if (lower.endsWith(".txt")) {
        return TEXT;
      }
      if (lower.endsWith(".jsonl") || lower.endsWith(".ndjson")) {
        return JSONL;
      }
      if (lower.endsWith(".json")) {
        return JSON;
      }
      if (lower.endsWith(".warc")) {
        return WARC;
      }
      return null;
    }
  }

  /**
   * One run of reading: the ids given so far, the files and folders entered, the manifests
   * loaded. Not thread-safe.
   */
  public final class Session {
    private final DocumentSink sink;
    /** Document id to where it was first read. */
    private final Map<String, String> ids = new HashMap<>();
    /** Document id to a hash of its text, to tell a repeated record from an id clash. */
    private final Map<String, Long> hashes = new HashMap<>();
    /** Real path of each file read, to where it was first named. */
    private final Map<Path, String> files = new HashMap<>();
    private final Set<Path> folders = new HashSet<>();
    private final Map<Path, Map<String, Meta>> manifests = new HashMap<>();

    private Session(DocumentSink sink) {
      this.sink = sink;
    }

    /** Reads a file or folder named by the user; a symbolic link named so is followed. */
    public void read(Path path) {
      Objects.requireNonNull(path, "path");
      String name = path.toString();
      try {
        if (Files.isDirectory(path)) {
          folder(path, path);
        } else if (Files.exists(path)) {
          String fileName = path.getFileName() == null ? name : path.getFileName().toString();
          Path dir = path.toAbsolutePath().getParent();
          Meta meta = dir == null ? null : manifest(dir).get(fileName);
          file(path, stem(fileName), pathId(path), meta, true);
        } else {
          sink.failure(new ReadFailure(name, name, Files.isSymbolicLink(path)
              ? "is a symbolic link to nothing" : "does not exist"));
        }
      } catch (RuntimeException e) {
        // a bug of ours must not stop the other inputs
        sink.failure(new ReadFailure(name, name, "could not be read: " + message(e)));
      }
    }

    /** Reads a stream, such as standard input; its documents are named after {@code name}. */
    public void read(String name, InputStream in) {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(in, "in");
      try {
        BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
        InputStream body = buffered;
        if (startsWithGzip(buffered)) {
          body = gunzip(buffered);
        }
        int first = firstNonBlank((BufferedInputStream) body);
        if (first == '{') {
          jsonLines(name, name, body, null);
        } else if (first == '[') {
          json(name, name, body, true, null);
        } else {
          textStream(name, name, null, null, body, null);
        }
      } catch (IOException e) {
        sink.failure(new ReadFailure(name, name, readProblem(e)));
      } catch (RuntimeException e) {
        sink.failure(new ReadFailure(name, name, "could not be read: " + message(e)));
      }
    }

    private void skip(Path p, String reason) {
      sink.skipped(new ReadFailure(p.toString(), p.toString(), reason));
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
        skip(dir, "is a folder already read (a symbolic-link loop or a repeated path)");
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
      Map<String, Meta> manifest = manifest(dir);
      for (Path p : entries) {
        String name = p.getFileName().toString();
        boolean link = Files.isSymbolicLink(p);
        if (link && !followLinks) {
          skip(p, Files.exists(p) ? "is a symbolic link; not followed (--follow-links reads it)"
              : "is a symbolic link to nothing");
          continue;
        }
        if (Files.isDirectory(p)) {
          folder(root, p);
          continue;
        }
        if (name.equals(MANIFEST)) {
          continue;
        }
        if (!Files.exists(p)) {
          skip(p, "is a symbolic link to nothing");
          continue;
        }
        if (Kind.of(name) == null) {
          skip(p, "is not a file claimcheck reads (.txt, .jsonl, .json or .warc, each also .gz)");
          continue;
        }
        if (!Files.isRegularFile(p)) {
          skip(p, "is not a regular file (a FIFO, socket or device); not read, as it could block");
          continue;
        }
        String id = stem(root.relativize(p).toString().replace('\\', '/'));
        file(p, id, pathId(p), manifest.get(name), false);
      }
    }

    /** The manifest of a folder, loaded once; its problems are reported once. */
    private Map<String, Meta> manifest(Path dir) {
      Path key;
      try {
        key = dir.toRealPath();
      } catch (IOException e) {
        key = dir.toAbsolutePath().normalize();
      }
      Map<String, Meta> known = manifests.get(key);
      if (known != null) {
        return known;
      }
      Map<String, Meta> out = new HashMap<>();
      manifests.put(key, out);
      Path file = dir.resolve(MANIFEST);
      if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        if (Files.isSymbolicLink(file) && !followLinks) {
          skip(file, "is a symbolic link; not followed (--follow-links reads it), so its folder has no metadata");
        }
        if (!Files.isSymbolicLink(file) || !followLinks || !Files.isRegularFile(file)) {
          return out;
        }
      }
      Object root;
      try {
        if (Files.size(file) > MAX_MANIFEST) {
          sink.failure(new ReadFailure(file.toString(), MANIFEST, "is larger than " + (MAX_MANIFEST >> 20)
              + " MiB; its files are read without metadata"));
          return out;
        }
        try (JsonParser p = Records.JSON.createParser(Files.newInputStream(file))) {
          if (p.nextToken() == null) {
            sink.failure(new ReadFailure(file.toString(), MANIFEST, "is empty; expected a JSON array of "
                + "{\"file\", \"source\", \"published\", \"title\", \"url\"}"));
            return out;
          }
          root = Records.value(p, -1);
        }
      } catch (JsonProcessingException e) {
        sink.failure(new ReadFailure(file + (Records.line(e) > 0 ? ":" + Records.line(e) : ""), MANIFEST,
            Records.problem(e) + "; its files are read without metadata"));
        return out;
      } catch (IOException e) {
        sink.failure(new ReadFailure(file.toString(), MANIFEST, "cannot be read: " + message(e)));
        return out;
      }
      if (!(root instanceof List)) {
        sink.failure(new ReadFailure(file.toString(), MANIFEST,
            "must be a JSON array of {\"file\", \"source\", \"published\", \"title\", \"url\"}, found "
                + Records.kind(root)));
        return out;
      }
      int index = 0;
      for (Object entry : (List<?>) root) {
        String where = file + "[" + index++ + "]";
        try {
          if (!(entry instanceof Map)) {
            throw new IllegalArgumentException("must be an object {\"file\", \"source\", \"published\", \"title\", "
                + "\"url\"}, found " + Records.kind(entry));
          }
          @SuppressWarnings("unchecked")
          Map<String, Object> m = (Map<String, Object>) entry;
          String name = Records.text(m, "file", "");
          if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("has no \"file\" naming the document");
          }
          if (!Files.exists(dir.resolve(name), LinkOption.NOFOLLOW_LINKS) || name.contains("/")) {
            sink.failure(new ReadFailure(where, stem(name), "lists \"" + name + "\", which is not in " + dir));
            continue;
          }
          out.put(name, new Meta(Records.text(m, "source", ""), date(m, "published"), Records.text(m, "url", ""),
              Records.text(m, "title", "")));
        } catch (IllegalArgumentException e) {
          sink.failure(new ReadFailure(where, where, e.getMessage() + "; its file is read without metadata"));
        }
      }
      return out;
    }

    private void file(Path path, String id, String alternative, @Nullable Meta meta, boolean named) {
      String location = path.toString();
      Path real;
      try {
        real = path.toRealPath();
      } catch (NoSuchFileException e) {
        sink.failure(new ReadFailure(location, id, "does not exist"));
        return;
      } catch (IOException e) {
        sink.failure(new ReadFailure(location, id, "cannot be read: " + message(e)));
        return;
      }
      String first = files.putIfAbsent(real, location);
      if (first != null) {
        skip(path, first.equals(location) ? "is named twice; read once"
            : "is the file " + first + " again; read once");
        return;
      }
      String name = path.getFileName().toString();
      Kind kind = Kind.of(name);
      if (kind == null) {
        kind = Kind.TEXT; // a file named on its own is read as text, whatever its name
      }
      boolean gz = name.toLowerCase(Locale.ROOT).endsWith(".gz");
      try {
        if (kind == Kind.TEXT && !gz && Files.isRegularFile(path) && Files.size(path) <= LARGE) {
          smallText(location, id, alternative, meta, Files.readAllBytes(path));
          return;
        }
        try (InputStream raw = Files.newInputStream(path)) {
          InputStream in = new BufferedInputStream(raw, 1 << 16);
          if (gz && kind != Kind.WARC) {
            in = gunzip(in);
          }
          switch (kind) {
            case JSONL:
              jsonLines(location, stem(name), in, location);
              break;
            case JSON:
              json(location, id, in, named, location);
              break;
            case WARC:
              WarcPages.read(location, in, (where, source, text) -> emit(where, source.readFrom(location, 0), null, text),
                  sink::failure,
                  sink::skipped);
              break;
            default:
              textStream(location, id, alternative, meta, in, location);
          }
        }
      } catch (NoSuchFileException e) {
        sink.failure(new ReadFailure(location, id, "does not exist"));
      } catch (IOException e) {
        sink.failure(new ReadFailure(location, id, readProblem(e)));
      } catch (OutOfMemoryError e) {
        sink.failure(new ReadFailure(location, id, "ran out of memory while reading; give Java more memory (-Xmx)"));
      }
    }

    /** A text file small enough to hold whole: decoded strictly, with the offset of a bad byte. */
    private void smallText(String location, String id, @Nullable String alternative, @Nullable Meta meta,
        byte[] bytes) {
      String text;
      try {
        text = decode(bytes);
      } catch (IllegalArgumentException e) {
        sink.failure(new ReadFailure(location, id, e.getMessage()));
        return;
      }
      Meta m = meta == null ? Meta.NONE : meta;
      emit(location, new Source(id, m.source, m.published, m.url, m.title, location, 0), alternative, text);
    }

    /**
     * A text too large to hold (or of unknown size): decoded strictly as a stream and handed
     * over in parts that end where a sentence ends, each with its offset in the whole.
     */
    private void textStream(String location, String id, @Nullable String alternative, @Nullable Meta meta,
        InputStream in, @Nullable String file) throws IOException {
      Meta m = meta == null ? Meta.NONE : meta;
      BufferedInputStream buffered = in instanceof BufferedInputStream ? (BufferedInputStream) in
          : new BufferedInputStream(in, 1 << 16);
      String utf16 = utf16(buffered);
      if (utf16 != null) {
        sink.failure(new ReadFailure(location, id, utf16));
        return;
      }
      CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
      Source source = null;
      long offset = 0; // where in the whole text the buffer's first character is
      int lead = 0; // how many characters at the buffer's start the part before owns
      Reader reader = new InputStreamReader(buffered, decoder);
      char[] buffer = new char[PART];
      int filled = 0;
      try {
        while (true) {
          int n = reader.read(buffer, filled, buffer.length - filled);
          boolean end = n < 0;
          if (!end) {
            filled += n;
            if (filled < buffer.length) {
              continue;
            }
          }
          Parts.Cut cut = end ? new Parts.Cut(filled, true) : Parts.cut(buffer, filled);
          int from = source == null && cut.at() > 0 && buffer[0] == '\uFEFF' ? 1 : 0;
          // a cut at a space: this part reads on into the next one's text, which reads back into this one's
          int to = cut.clean() ? cut.at() : Math.min(filled, cut.at() + Parts.OVERLAP);
          String text = new String(buffer, from, to - from);
          int nul = text.indexOf('\0');
          if (nul >= 0) {
            sink.failure(new ReadFailure(location, source == null ? id : source.documentId(),
                "looks binary (a NUL byte at character " + (offset + nul) + "); expected UTF-8 text"
                    + (offset > 0 ? "; the text before it was read" : "")));
            return;
          }
          if (source == null) {
            if (end) {
              emit(location, new Source(id, m.source, m.published, m.url, m.title, file, 0), alternative, text);
              return;
            }
            source = new Source(unique(id, alternative, location), m.source, m.published, m.url, m.title, file, 0);
          }
          if (!text.isEmpty() || offset == 0) {
            sink.document(new Document(source, text, offset, lead, cut.at() - from));
          }
          if (end) {
            return;
          }
          int next = cut.clean() ? cut.at() : cut.at() - Parts.OVERLAP;
          lead = cut.at() - next;
          offset += next - from;
          System.arraycopy(buffer, next, buffer, 0, filled - next);
          filled -= next;
        }
      } catch (CharacterCodingException e) {
        sink.failure(new ReadFailure(location, source == null ? id : source.documentId(),
            "is not valid UTF-8 text after character " + (offset + filled)
                + (offset > 0 ? "; the text before it was read" : "")));
      }
    }

    /**
     * JSON Lines: each line a record, read alone; a bad line fails alone. With more than one
     * thread, lines are parsed in batches on the others and handed on here in order.
     */
    private void jsonLines(String location, String fileId, InputStream in, @Nullable String file) throws IOException {
      Lines lines = new Lines(in, Records.MAX_RECORD);
      int lineNo = 0;
      boolean any = false;
      LineBatches batches = null;
      try {
        while (true) {
          try {
            if (!lines.next()) {
              break;
            }
          } catch (IOException | RuntimeException e) {
            if (batches != null) {
              batches.finish(); // what came before the failure is read, as on one thread
            }
            throw e;
          }
          lineNo++;
          if (lines.tooLong()) {
            any = true;
            if (batches != null) {
              batches.tooLong(lineNo);
            } else {
              tooLong(location, fileId, lineNo);
            }
            continue;
          }
          byte[] b = lines.bytes();
          int from = 0;
          int to = lines.length();
          if (lineNo == 1 && to >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
            from = 3;
          }
          if (lineNo == 1 && to >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE
              || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)) {
            sink.failure(new ReadFailure(location, fileId, "is UTF-16 text, not UTF-8; convert it to UTF-8"));
            return;
          }
          if (blank(b, from, to)) {
            continue;
          }
          any = true;
          if (parallelism > 1 && batches == null) {
            batches = new LineBatches(parallelism, LINES, new LineBatches.Handler() {
              @Override
              public void line(byte[] data, int from, int to, int lineNo, @Nullable Object parsed)
                  throws IOException {
                jsonLine(location, fileId, file, data, from, to, lineNo, parsed);
              }

              @Override
              public void tooLong(int lineNo) {
                Session.this.tooLong(location, fileId, lineNo);
              }
            });
          }
          if (batches != null) {
            batches.add(b, from, to, lineNo);
          } else {
            jsonLine(location, fileId, file, b, from, to, lineNo, parseLine(b, from, to));
          }
        }
        if (batches != null) {
          batches.finish();
        }
      } finally {
        if (batches != null) {
          batches.close();
        }
        Records.forgetTexts();
      }
      if (!any) {
        sink.failure(new ReadFailure(location, fileId, lineNo == 0 ? "is empty; expected one JSON document or claim a line"
            : "holds only blank lines; expected one JSON document or claim a line"));
      }
    }

    private void tooLong(String location, String fileId, int lineNo) {
      sink.failure(new ReadFailure(location + ":" + lineNo, fileId + "#" + lineNo, "is longer than "
          + (Records.MAX_RECORD >> 20) + " MiB; a record must be shorter"));
    }

    /**
     * One line that is not blank, bytes {@code [from, to)} of {@code b}: {@code parsed} is what
     * {@link #parseLine} gave for it (on this thread or another), null when it could not, and the
     * line is then read again here to tell what is wrong.
     */
    private void jsonLine(String location, String fileId, @Nullable String file, byte[] b, int from, int to,
        int lineNo, @Nullable Object parsed) throws IOException {
      if (parsed instanceof Claim) {
        sink.claim((Claim) parsed, location, lineNo);
        return;
      }
      String where = location + ":" + lineNo;
      String fallback = fileId + "#" + lineNo;
      if (parsed instanceof Parsed) {
        record(location, where, fallback, ((Parsed) parsed).value(), true, file, lineNo);
        return;
      }
      Object value;
      try (JsonParser p = Records.JSON.createParser(b, from, to - from)) {
        p.nextToken();
        value = Records.value(p, -1);
        if (p.nextToken() != null) {
          sink.failure(new ReadFailure(where, fallback, "holds more than one JSON value; expected one record a line"));
          return;
        }
      } catch (JsonProcessingException e) {
        sink.failure(new ReadFailure(where, fallback, Records.problem(e)));
        return;
      }
      record(location, where, fallback, value, true, file, lineNo);
    }

    /** A JSON file: one record, or an array of them read one element at a time. */
    private void json(String location, String id, InputStream in, boolean named, @Nullable String file)
        throws IOException {
      try (JsonParser p = Records.JSON.createParser(in)) {
        JsonToken t;
        try {
          t = p.nextToken();
        } catch (JsonProcessingException e) {
          sink.failure(new ReadFailure(location + lineSuffix(e), id, Records.problem(e)));
          return;
        }
        if (t == null) {
          sink.failure(new ReadFailure(location, id, "is empty; expected a JSON document or an array of them"));
          return;
        }
        if (t == JsonToken.START_ARRAY) {
          int index = 0;
          try {
            while ((t = p.nextToken()) != JsonToken.END_ARRAY && t != null) {
              String where = location + "[" + index + "]";
              String fallback = id + "#" + (index + 1);
              index++;
              Object value;
              try {
                value = Records.value(p, p.currentLocation().getByteOffset());
              } catch (Records.TooLarge e) {
                sink.failure(new ReadFailure(where, fallback, e.getMessage()));
                continue;
              }
              record(where, where, fallback, value, true, file, 0);
            }
            if (index == 0) {
              sink.failure(new ReadFailure(location, id, "is an empty array; expected documents"));
            }
          } catch (JsonProcessingException e) {
            // inside an element (or between two): the one being read is the next after those read
            boolean between = p.getParsingContext().inArray() && p.getParsingContext().getParent() != null
                && p.getParsingContext().getParent().inRoot();
            int failing = between ? index + 1 : Math.max(1, index);
            sink.failure(new ReadFailure(location + lineSuffix(e), id + "#" + failing, Records.problem(e)
                + (failing == 2 ? "; the record before it was read" : failing > 2 ? "; the " + (failing - 1) + " records before it were read" : "")));
          }
          return;
        }
        Object value;
        try {
          value = Records.value(p, 0);
          if (p.nextToken() != null) {
            sink.failure(new ReadFailure(location, id, "holds more than one JSON value; expected one document "
                + "or an array of them"));
            return;
          }
        } catch (JsonProcessingException e) {
          sink.failure(new ReadFailure(location + lineSuffix(e), id, Records.problem(e)));
          return;
        } catch (Records.TooLarge e) {
          sink.failure(new ReadFailure(location, id, e.getMessage()));
          return;
        }
        if (value instanceof Map && !named && !isDocument(asMap(value)) && !ClaimParser.isClaim(asMap(value))) {
          skip(Path.of(location), "is a JSON object that is neither a document nor a claim");
          return;
        }
        record(location, location, id, value, true, file, 0);
      }
    }

    /**
     * A record read from {@code where}: line {@code line} of {@code origin} (a JSON Lines file or
     * stream), or {@code origin} itself when {@code line} is 0 (a JSON file, an element of one).
     */
    private void record(String origin, String where, String fallbackId, @Nullable Object value, boolean required,
        @Nullable String file, int line) {
      if (!(value instanceof Map)) {
        sink.failure(new ReadFailure(where, fallbackId, "must be a JSON object, found " + Records.kind(value)));
        return;
      }
      Map<String, Object> node = asMap(value);
      try {
        if (ClaimParser.isClaim(node)) {
          sink.claim(ClaimParser.parse(node), origin, line);
          return;
        }
        if (!isDocument(node)) {
          if (required) {
            sink.failure(new ReadFailure(where, fallbackId,
                "has no \"text\" (or news-please \"maintext\"); expected a document {\"id\", \"text\", ...}"
                    + " or a claim {\"measure\", \"quantity\", ...}"));
          }
          return;
        }
        boolean newsPlease = !node.containsKey("text");
        String id = Records.name(node, "id", "");
        if (id == null && newsPlease) {
          id = Records.text(node, "filename", "");
        }
        if (id == null || id.isBlank()) {
          id = fallbackId;
        }
        String text = Records.text(node, newsPlease ? "maintext" : "text", "");
        Source source = new Source(
            id,
            Records.text(node, newsPlease ? "source_domain" : "source", ""),
            date(node, newsPlease ? "date_publish" : "published"),
            Records.text(node, "url", ""),
            Records.text(node, "title", ""),
            file,
            file == null ? 0 : line);
        emit(where, source, null, text == null ? "" : text);
      } catch (IllegalArgumentException e) {
        sink.failure(new ReadFailure(where, fallbackId, e.getMessage()));
      } catch (RuntimeException e) {
        sink.failure(new ReadFailure(where, fallbackId, "could not be read: " + message(e)));
      }
    }

    /**
     * Hands a document on under an id unique in the session, in parts when it is long. A record
     * that repeats an earlier one (same id, same text) is skipped; a different text under a
     * taken id is read under a new id ({@code alternative}, else {@code id~2}).
     */
    private void emit(String location, Source source, @Nullable String alternative, String text) {
      String id = source.documentId();
      long hash = hash(text);
      String first = ids.get(id);
      if (first != null && Long.valueOf(hash).equals(hashes.get(id)) && alternative == null) {
        sink.skipped(new ReadFailure(location, location, "repeats document '" + id + "' first read from " + first
            + " (the same text); read once"));
        return;
      }
      String unique = unique(id, alternative, location);
      hashes.putIfAbsent(unique, hash);
      Source s = unique.equals(id) ? source
          : new Source(unique, source.outlet(), source.published(), source.url(), source.title(), source.path(),
              source.line());
      if (text.length() <= PART) {
        sink.document(new Document(s, text));
        return;
      }
      int own = 0; // where the next part's own text starts
      int lead = 0; // how much of the part before it the next part reads first
      while (own < text.length()) {
        Parts.Cut cut = own + PART >= text.length() ? new Parts.Cut(text.length(), true)
            : Parts.cut(text, own, own + PART);
        int from = own - lead;
        // a cut at a space: this part reads on into the next one's text, which reads back into this one's
        int to = cut.clean() ? cut.at() : Math.min(text.length(), cut.at() + Parts.OVERLAP);
        sink.document(new Document(s, text.substring(from, to), from, lead, cut.at() - from));
        lead = cut.clean() ? 0 : Parts.OVERLAP;
        own = cut.at();
      }
    }

    /** {@code id} if it is free, else {@code alternative}, else {@code id~2}, {@code id~3}, ... */
    private String unique(String id, @Nullable String alternative, String location) {
      if (ids.putIfAbsent(id, location) == null) {
        return id;
      }
      if (alternative != null && !alternative.isBlank() && ids.putIfAbsent(alternative, location) == null) {
        return alternative;
      }
      for (int n = 2; ; n++) {
        String candidate = id + "~" + n;
        if (ids.putIfAbsent(candidate, location) == null) {
          return candidate;
        }
      }
    }
  }

  /**
   * A line that is one well-formed claim record, read without a general map (claims files hold
   * millions); null for anything else, which the general reader then reads and reports on.
   */
  private static @Nullable Object fastClaim(byte[] b, int from, int to) {
    try (JsonParser p = Records.CLAIMS.createParser(b, from, to - from)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      Object value = Records.claim(p);
      return value != null && p.nextToken() == null ? value : null;
    } catch (IOException | RuntimeException e) {
      return null; // read again by the general reader, which says what is wrong
    }
  }

  /** {@link #parseLine}, a batch's lines read by {@link #parseLines}. */
  private static final LineBatches.Parse LINES = new LineBatches.Parse() {
    @Override
    public @Nullable Object apply(byte[] data, int from, int to) {
      return parseLine(data, from, to);
    }

    @Override
    public void applyAll(byte[] data, int[] bounds, int count, @Nullable Object[] parsed) {
      parseLines(data, bounds, count, parsed);
    }
  };

  /**
   * {@link #parseLine} of each line of a batch (as {@link LineBatches.Parse#applyAll} lays them
   * out, one after another in {@code b}), a run of well-formed claim lines read by one parser
   * rather than one a line. A line's claim is taken only when its object starts and ends within
   * the line, with nothing but blanks around it: what {@link #fastClaim} of the line alone takes,
   * from the same bytes. Any other line is read alone by {@link #parseLine}, and the next line
   * starts a parser of its own.
   */
  static void parseLines(byte[] b, int[] bounds, int count, @Nullable Object[] parsed) {
    JsonParser p = null;
    int base = 0;
    // where the batch's lines end: that of the last line held, as they come one after another
    int end = 0;
    for (int k = 0; k < count; k++) {
      end = Math.max(end, bounds[2 * k + 1]);
    }
    try {
      for (int i = 0; i < count; i++) {
        int from = bounds[2 * i];
        int to = bounds[2 * i + 1];
        if (from < 0) {
          parsed[i] = null;
          continue;
        }
        Claim claim = ClaimBytes.read(b, from, to);
        if (claim != null) {
          // read from its bytes; a parser over the batch, if any, is behind it now
          closeQuietly(p);
          p = null;
          parsed[i] = claim;
          continue;
        }
        Object value = null;
        try {
          if (p == null) {
            p = Records.CLAIMS.createParser(b, from, end - from);
            base = from;
          }
          if (p.nextToken() == JsonToken.START_OBJECT) {
            long start = base + p.currentTokenLocation().getByteOffset();
            if (start >= from && start < to && blank(b, from, (int) start)) {
              Object v = Records.claim(p);
              long after = base + p.currentLocation().getByteOffset();
              if (v != null && after <= to && blank(b, (int) after, to)) {
                value = v;
              }
            }
          }
        } catch (IOException | RuntimeException e) {
          value = null;
        }
        if (value == null) {
          // read alone, as on one thread; the parser, wherever it stopped, is not trusted for the next line
          closeQuietly(p);
          p = null;
          parsed[i] = LineBatches.safely(LINES, b, from, to);
        } else {
          try {
            parsed[i] = fastRead(value);
          } catch (RuntimeException | StackOverflowError e) {
            parsed[i] = null;
          }
        }
      }
    } finally {
      closeQuietly(p);
    }
  }

  private static void closeQuietly(@Nullable JsonParser p) {
    if (p != null) {
      try {
        p.close();
      } catch (IOException e) {
        // a parser over an array has nothing to release
      }
    }
  }

  /** A record other than a fast-read claim, parsed off the reading thread. */
  private record Parsed(@Nullable Object value) {}

  /**
   * What one line holds, parsed on any thread without an effect: a claim, another single JSON
   * value ({@link Parsed}), or null for the reading thread to read again and tell what is wrong.
   */
  static @Nullable Object parseLine(byte[] b, int from, int to) {
    Claim claim = ClaimBytes.read(b, from, to);
    if (claim != null) {
      return claim;
    }
    Object value = fastClaim(b, from, to);
    if (value != null) {
      return fastRead(value);
    }
    try (JsonParser p = Records.JSON.createParser(b, from, to - from)) {
      p.nextToken();
      value = Records.value(p, -1);
      return p.nextToken() == null ? new Parsed(value) : null;
    } catch (IOException e) {
      return null;
    }
  }

  /** What a record {@link #fastClaim} read is: a claim, another record, or null for a claim that is wrong. */
  private static @Nullable Object fastRead(Object value) {
    Map<String, Object> node = asMap(value);
    if (!ClaimParser.isClaim(node)) {
      return new Parsed(value);
    }
    try {
      return ClaimParser.parse(node);
    } catch (RuntimeException e) {
      return null;
    }
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object value) {
    return (Map<String, Object>) value;
  }

  private static boolean isDocument(Map<String, Object> node) {
    return node.get("text") != null || node.get("maintext") != null;
  }

  private static String lineSuffix(JsonProcessingException e) {
    return Records.line(e) > 0 ? ":" + Records.line(e) : "";
  }

  private static boolean blank(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\n') {
        return false;
      }
    }
    return true;
  }

  /**
   * FNV-1a over the characters, in four lanes (every fourth character each, from different
   * seeds) folded together: tells a repeated record from a different text under one id. Every
   * record's text is hashed, so this is a pass over all the input: one lane's multiplications
   * wait on each other, four lanes let the processor do four at once.
   */
  static long hash(String s) {
    long prime = 0x100000001b3L;
    long a = 0xcbf29ce484222325L;
    long b = 0x84222325cbf29ce4L;
    long c = 0x9e3779b97f4a7c15L;
    long d = 0xc2b2ae3d27d4eb4fL;
    int n = s.length();
    int i = 0;
    for (; i + 3 < n; i += 4) {
      a = (a ^ s.charAt(i)) * prime;
      b = (b ^ s.charAt(i + 1)) * prime;
      c = (c ^ s.charAt(i + 2)) * prime;
      d = (d ^ s.charAt(i + 3)) * prime;
    }
    for (; i < n; i++) {
      a = (a ^ s.charAt(i)) * prime;
    }
    long h = a;
    h = (h ^ b) * prime;
    h = (h ^ (b >>> 32)) * prime;
    h = (h ^ c) * prime;
    h = (h ^ (c >>> 32)) * prime;
    h = (h ^ d) * prime;
    h = (h ^ (d >>> 32)) * prime;
    return h ^ n;
  }

  /**
   * A gzip stream, buffered. Its {@code available()} says 0 so that the buffer hands on what was
   * inflated before asking for more: a truncated stream then fails after the records before
   * the cut were read, not before.
   */
  private static BufferedInputStream gunzip(InputStream in) throws IOException {
    return new BufferedInputStream(new java.io.FilterInputStream(new GZIPInputStream(in, 1 << 16)) {
      @Override
      public int available() {
        return 0;
      }
    }, 1 << 16);
  }

    private static boolean startsWithGzip(BufferedInputStream in) throws IOException {
    in.mark(2);
    int a = in.read();
    int b = in.read();
    in.reset();
    return a == 0x1f && b == 0x8b;
  }

  private static int firstNonBlank(BufferedInputStream in) throws IOException {
    in.mark(1 << 15);
    int c;
    int n = 0;
    do {
      c = in.read();
      n++;
    } while ((c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == 0xEF || c == 0xBB || c == 0xBF) && n < (1 << 15) - 1);
    in.reset();
    return c;
  }

  /** Why a text stream starts as UTF-16, or null when it does not. */
  private static @Nullable String utf16(BufferedInputStream in) throws IOException {
    in.mark(64);
    byte[] head = in.readNBytes(64);
    in.reset();
    return utf16(head, head.length);
  }

  private static @Nullable String utf16(byte[] b, int n) {
    if (n >= 2 && ((b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE || (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF)) {
      return "is UTF-16 text (it starts with a UTF-16 byte-order mark), not UTF-8; convert it to UTF-8";
    }
    int limit = Math.min(n, 64) & ~1;
    if (limit >= 8) {
      int evenZero = 0;
      int oddZero = 0;
      for (int i = 0; i < limit; i += 2) {
        evenZero += b[i] == 0 ? 1 : 0;
        oddZero += b[i + 1] == 0 ? 1 : 0;
      }
      int pairs = limit / 2;
      if (evenZero * 10 >= pairs * 9 && oddZero == 0 || oddZero * 10 >= pairs * 9 && evenZero == 0) {
        return "looks like UTF-16 text (every other byte is 0), not UTF-8; convert it to UTF-8";
      }
    }
    return null;
  }

  private static String readProblem(IOException e) {
    if (e instanceof ZipException) {
      return "is not valid gzip (" + e.getMessage() + "); what came before it was read";
    }
    if (e instanceof EOFException) {
      return "ends too soon (a truncated gzip stream?); what came before it was read";
    }
    return "cannot be read: " + message(e);
  }

  private record Meta(
      @Nullable String source, @Nullable LocalDate published, @Nullable String url, @Nullable String title) {
    static final Meta NONE = new Meta(null, null, null, null);
  }

  /** An ISO date, or the date part of an ISO date-time ("2016-02-22 10:43:00"). */
  private static @Nullable LocalDate date(Map<String, Object> node, String field) {
    String s = Records.text(node, field, "");
    if (s == null || s.isBlank()) {
      return null;
    }
    return isoDate(s, field);
  }

  static LocalDate isoDate(String s, String field) {
    String day = s.length() >= 10 ? s.substring(0, 10) : s;
    try {
      if (s.length() > 10 && s.charAt(10) != 'T' && s.charAt(10) != ' ') {
        throw new DateTimeParseException("trailing text", s, 10);
      }
      return io.claimcheck.internal.IsoDate.parse(day); // LocalDate.parse's day, without its formatter for the plain form
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "\"" + field + "\" is " + Records.show(s) + "; expected an ISO date such as 2016-02-22");
    }
  }

  /** Strict UTF-8, without a byte-order mark; binary content and UTF-16 are refused. */
  static String decode(byte[] bytes) {
    String utf16 = utf16(bytes, bytes.length);
    if (utf16 != null) {
      throw new IllegalArgumentException(utf16);
    }
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

  /** The path as given, without its extensions: the id a file takes when its plain id is taken. */
  private static String pathId(Path p) {
    return stem(p.toString().replace('\\', '/'));
  }

  private static String stem(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".gz")) {
      name = name.substring(0, name.length() - 3);
      lower = lower.substring(0, lower.length() - 3);
    }
    for (String ext : new String[] {".txt", ".jsonl", ".ndjson", ".json", ".warc"}) {
      if (lower.endsWith(ext)) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    return name;
  }

  private static String message(Throwable e) {
    String m = e.getMessage();
    if (e instanceof IOException) {
      return io.claimcheck.internal.IoMessages.describe((IOException) e);
    }
    return m == null ? "an internal error (" + e.getClass().getSimpleName() + ")" : m;
  }
}
