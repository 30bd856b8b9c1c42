package io.claimcheck.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file written whole or not at all: into a temporary file beside it, then moved over it, so
 * that a failed run never leaves half a report where the last good one was. The file gets the
 * permissions a newly created file gets (the user's umask), or keeps those of the file it replaces:
 * a report is often published, so it must not come out readable by its owner only, as a
 * temporary file would.
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
    if (dir != null && !Files.isDirectory(dir)) {
      Path shown = target.getParent() != null ? target.getParent() : dir;
      throw new java.nio.file.FileSystemException(target.toString(), null,
          Files.exists(dir) ? shown + " is not a folder" : "its folder " + shown + " does not exist");
    }
    Path temp = newPartFile(dir, absolute.getFileName().toString());
    try {
      keepPermissions(absolute, temp);
      // as standard output does (Main): a char UTF-8 cannot hold, a lone surrogate of a record's
      // text, is written as '?' rather than failing the whole file
      try (Writer w = new java.io.BufferedWriter(new java.io.OutputStreamWriter(Files.newOutputStream(temp),
          StandardCharsets.UTF_8))) {
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

  /** A new, empty file beside the target, created as any new file is (not owner-only as temp files are). */
  private static Path newPartFile(Path dir, String name) throws IOException {
    for (int attempt = 0; ; attempt++) {
      Path p = dir.resolve("." + name + "." + Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36) + ".part");
      try {
        Files.newByteChannel(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
        return p;
      } catch (java.nio.file.FileAlreadyExistsException e) {
        if (attempt >= 100) {
          throw e;
        }
      }
    }
  }

  /** The replaced file's permissions, where there is one and the file system has them. */
  private static void keepPermissions(Path target, Path temp) throws IOException {
    PosixFileAttributeView view = Files.getFileAttributeView(target, PosixFileAttributeView.class);
    if (view != null && Files.isRegularFile(target)) {
      Files.setPosixFilePermissions(temp, view.readAttributes().permissions());
    }
  }
}
