package io.claimcheck;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds {@code ../shared/}, which sits beside the project in CI and on developers' machines but
 * not in a user's clone. Tests that read it skip with a message when it is absent.
 */
public final class SharedData {
  private SharedData() {}

  /** The shared folder: {@code -Dclaimcheck.shared=DIR}, else a {@code shared} folder beside an ancestor. */
  public static Optional<Path> root() {
    String property = System.getProperty("claimcheck.shared");
    if (property != null && Files.isDirectory(Path.of(property))) {
      return Optional.of(Path.of(property));
    }
    Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath();
    for (Path p = dir; p != null; p = p.getParent()) {
      Path candidate = p.resolveSibling("shared");
      if (Files.isDirectory(candidate.resolve("conformance"))) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** A file under the shared folder's {@code conformance/}, if present. */
  public static Optional<Path> conformance(String file) {
    return root().map(r -> r.resolve("conformance").resolve(file)).filter(Files::isRegularFile);
  }
}
