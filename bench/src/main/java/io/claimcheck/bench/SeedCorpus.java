package io.claimcheck.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The seed articles repeated to a given size: the text the throughput benchmarks read. */
final class SeedCorpus {
  private SeedCorpus() {}

  /** The seeds folder: {@code -Dclaimcheck.seeds=DIR}, else {@code seeds} or {@code ../seeds}. */
  static Path seeds() {
    String property = System.getProperty("claimcheck.seeds");
    if (property != null) {
      return Path.of(property);
    }
    Path here = Path.of("seeds");
    return Files.isDirectory(here) ? here : Path.of("..", "seeds");
  }

  /** The five seed articles, concatenated and repeated until at least {@code minChars} long. */
  static String repeated(int minChars) {
    String once;
    try (Stream<Path> files = Files.list(seeds())) {
      once = files.filter(p -> p.toString().endsWith(".txt")).sorted()
          .map(p -> read(p)).collect(Collectors.joining("\n\n"));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the seed articles from " + seeds().toAbsolutePath(), e);
    }
    StringBuilder sb = new StringBuilder(minChars + once.length());
    while (sb.length() < minChars) {
      sb.append(once).append("\n\n");
    }
    return sb.toString();
  }

  private static String read(Path p) {
    try {
      return Files.readString(p, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
