package io.claimcheck.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written whole or not at all: into a temporary file beside it, then moved over it, so
 * that a failed run never leaves half a report where the last good one was.
 */
final class OutputFile {
  /** What writes the content. */
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  private OutputFile() {}

  static void write(Path target, Content content) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path dir = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new java.nio.file.FileSystemException(target.toString(), null, "Is a directory");
    }
    Path temp = Files.createTempFile(dir, "." + absolute.getFileName(), ".part");
    try {
      try (Writer w = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
        content.writeTo(w);
      }
      try {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temp);
    }
  }
}
