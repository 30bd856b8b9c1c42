package io.claimcheck.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The input paths of a job cut into units that one task reads: a folder's {@code .txt} files
 * with its {@code manifest.json} are one unit; every other file the core reads ({@code .json},
 * {@code .jsonl}, compressed and WARC files as the core reads them) is a unit of its own; a
 * Parquet file or folder is a unit read by Spark. Files are listed as the CLI lists them:
 * folders recursively, entries sorted by name, so unit numbers follow the CLI's reading order.
 */
final class Inputs {
  private Inputs() {}

  /**
   * What one task reads: files under {@code root}, by path relative to it, each with its place
   * in the CLI's reading order; {@code shownRoot} is the root as it was given, for the paths the
   * claims carry.
   */
  record Unit(Kind kind, String root, String shownRoot, List<String> relative, List<Integer> ordinals)
      implements Serializable {
    private static final long serialVersionUID = 1L;

    /** The place in the reading order of the file {@code relative}, or of the unit's first file. */
    int ordinal(String relativeStem) {
      for (int i = 0; i < relative.size(); i++) {
        if (stem(relative.get(i)).equals(relativeStem)) {
          return ordinals.get(i);
        }
      }
      return ordinals.get(0);
    }
  }

  /** A file name without the extensions the core reads. */
  static String stem(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String ext : new String[] {".txt", ".jsonl", ".json"}) {
      if (lower.endsWith(ext)) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    return name;
  }

  enum Kind {
    /** Read by the core's document reader, on an executor. */
    FILES,
    /** Read by Spark's Parquet reader; a text column holds the article. */
    PARQUET
  }

  /** The units of {@code paths}, in the CLI's reading order. */
  static List<Unit> units(List<String> paths, Configuration conf) {
    List<Unit> out = new ArrayList<>();
    int[] counter = {0};
    try {
      for (String p : paths) {
        Path path = new Path(p);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus status = fs.getFileStatus(path);
        String shown = shown(p);
        if (isParquet(fs, status)) {
          out.add(new Unit(Kind.PARQUET, status.getPath().toString(), shown, List.of(""), List.of(counter[0]++)));
        } else if (status.isDirectory()) {
          folder(fs, status.getPath(), shown, status.getPath(), out, counter);
        } else {
          String parent = shown.contains("/") ? shown.substring(0, shown.lastIndexOf('/')) : "";
          out.add(new Unit(Kind.FILES, status.getPath().getParent().toString(), parent,
              List.of(status.getPath().getName()), List.of(counter[0]++)));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list the input: " + e.getMessage(), e);
    }
    return out;
  }

  /** A path as the CLI prints it: a local path as given, normalised as Java normalises it. */
  private static String shown(String given) {
    if (given.contains("://") || given.startsWith("file:")) {
      return given.replaceFirst("/+$", "");
    }
    return java.nio.file.Path.of(given).toString();
  }

  private static void folder(FileSystem fs, Path root, String shownRoot, Path dir, List<Unit> out, int[] counter)
      throws IOException {
    FileStatus[] entries = fs.listStatus(dir);
    Arrays.sort(entries, Comparator.comparing((FileStatus s) -> s.getPath().getName()));
    List<String> texts = new ArrayList<>();
    List<Integer> textOrdinals = new ArrayList<>();
    boolean manifest = false;
    for (FileStatus e : entries) {
      String name = e.getPath().getName();
      String lower = name.toLowerCase(Locale.ROOT);
      String relative = relative(root, e.getPath());
      if (isParquet(fs, e)) {
        out.add(new Unit(Kind.PARQUET, e.getPath().toString(), shownRoot + "/" + relative, List.of(""),
            List.of(counter[0]++)));
      } else if (e.isDirectory()) {
        folder(fs, root, shownRoot, e.getPath(), out, counter);
      } else if (name.equals("manifest.json")) {
        manifest = true;
      } else if (lower.endsWith(".txt")) {
        // a folder's text files are read together, with their manifest
        texts.add(relative);
        textOrdinals.add(counter[0]++);
      } else if (!name.startsWith(".") && !name.startsWith("_")) {
        out.add(new Unit(Kind.FILES, root.toString(), shownRoot, List.of(relative), List.of(counter[0]++)));
      }
    }
    if (!texts.isEmpty()) {
      if (manifest) {
        texts.add(relative(root, new Path(dir, "manifest.json")));
        textOrdinals.add(textOrdinals.get(0));
      }
      out.add(new Unit(Kind.FILES, root.toString(), shownRoot, List.copyOf(texts), List.copyOf(textOrdinals)));
    }
  }

  private static String relative(Path root, Path p) {
    String r = root.toUri().getPath();
    String s = p.toUri().getPath();
    return s.substring(r.length()).replaceFirst("^/+", "");
  }

  private static boolean isParquet(FileSystem fs, FileStatus s) throws IOException {
    String lower = s.getPath().getName().toLowerCase(Locale.ROOT);
    if (lower.endsWith(".parquet")) {
      return true;
    }
    if (!s.isDirectory()) {
      return false;
    }
    // a folder Spark wrote: part files and no documents of other kinds
    boolean parts = false;
    for (FileStatus e : fs.listStatus(s.getPath())) {
      String n = e.getPath().getName().toLowerCase(Locale.ROOT);
      if (n.endsWith(".parquet")) {
        parts = true;
      } else if (!n.startsWith("_") && !n.startsWith(".")) {
        return false;
      }
    }
    return parts;
  }
}
