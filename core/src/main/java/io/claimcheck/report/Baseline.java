package io.claimcheck.report;

import io.claimcheck.config.ConfigException;
import io.claimcheck.internal.IoMessages;
import io.claimcheck.rules.Finding;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Findings accepted as they are, by their stable keys ({@link Finding#key()}: rule id, group key,
 * sorted claim ids; no offsets), so that a run shows only new ones. Stored as text, one key a
 * line, sorted, {@code #} comments, so that it reviews well in version control. Immutable.
 */
public final class Baseline {
  private final Set<String> keys;

  private Baseline(Set<String> keys) {
    this.keys = java.util.Collections.unmodifiableSet(new TreeSet<>(keys));
  }

  /** The baseline of every finding in {@code report}. */
  public static Baseline of(Report report) {
    return of(report.findings());
  }

  /** The baseline of {@code findings}. */
  public static Baseline of(Collection<Finding> findings) {
    Set<String> keys = new TreeSet<>();
    findings.forEach(f -> keys.add(f.key()));
    return new Baseline(keys);
  }

  /** A baseline of the given keys. */
  public static Baseline ofKeys(Collection<String> keys) {
    keys.forEach(k -> Objects.requireNonNull(k, "key"));
    return new Baseline(new TreeSet<>(keys));
  }

  /**
   * Reads a baseline file.
   *
   * @throws ConfigException naming the file (and line) when it cannot be read or a line is not a key
   */
  public static Baseline read(Path path) {
    Objects.requireNonNull(path, "path");
    String text;
    try {
      text = Files.readString(path, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new ConfigException(path.toString(), "cannot be read: " + IoMessages.describe(e));
    }
    return parse(path.toString(), text);
  }

  /**
   * Reads a baseline from its text; {@code source} names it in messages.
   *
   * @throws ConfigException naming the line when a line is not a finding key
   */
  public static Baseline parse(String source, String text) {
    Set<String> keys = new TreeSet<>();
    String[] lines = text.split("\r?\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.split(":", -1).length < 3) {
        throw new ConfigException(source, i + 1, 1, null, "'" + shorten(line)
            + "' is not a finding key; expected rule:group:claims, as --write-baseline writes them");
      }
      keys.add(line);
    }
    return new Baseline(keys);
  }

  private static String shorten(String s) {
    return s.length() > 60 ? s.substring(0, 57) + "..." : s;
  }

  /** The keys, sorted. */
  public Set<String> keys() {
    return keys;
  }

  /** Whether {@code finding} is in the baseline. */
  public boolean contains(Finding finding) {
    return keys.contains(finding.key());
  }

  /** {@code report} without the findings in this baseline. */
  public Report apply(Report report) {
    List<Finding> kept = new ArrayList<>();
    for (Finding f : report.findings()) {
      if (!contains(f)) {
        kept.add(f);
      }
    }
    return kept.size() == report.findings().size() ? report : report.withFindings(kept);
  }

  /** How many of {@code report}'s findings this baseline holds. */
  public int count(Report report) {
    return (int) report.findings().stream().filter(this::contains).count();
  }

  /** Writes the baseline: a comment line, then one key a line, sorted. */
  public void write(Writer out) throws IOException {
    out.write("# claimcheck baseline: " + keys.size() + (keys.size() == 1 ? " finding" : " findings")
        + " accepted; one key a line (rule:group:claims)\n");
    for (String k : keys) {
      out.write(k);
      out.write('\n');
    }
    out.flush();
  }
}
