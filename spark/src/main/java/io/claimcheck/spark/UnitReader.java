package io.claimcheck.spark;

import io.claimcheck.claim.Claim;
import io.claimcheck.claim.Document;
import io.claimcheck.input.DocumentReader;
import io.claimcheck.input.DocumentSink;
import io.claimcheck.input.ReadFailure;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Reads one unit of files on an executor with the core's {@link DocumentReader}, so that every
 * format the core reads is read here the same way, with the same ids and the same failures: the
 * unit's files are laid out under a scratch folder at their paths relative to the input root
 * (linked when local, copied otherwise) and the folder is read as the CLI reads a folder.
 */
final class UnitReader {
  private UnitReader() {}

  static Iterator<Item> read(Inputs.Unit unit) {
    java.nio.file.Path scratch;
    try {
      scratch = Files.createTempDirectory("claimcheck-unit-");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot make a scratch folder: " + e.getMessage(), e);
    }
    try {
      Path root = new Path(unit.root());
      FileSystem fs = root.getFileSystem(new Configuration());
      boolean local = "file".equals(fs.getScheme());
      for (String relative : unit.relative()) {
        java.nio.file.Path target = scratch.resolve(relative);
        Files.createDirectories(target.getParent());
        Path source = new Path(root, relative);
        if (local) {
          Files.createSymbolicLink(target, java.nio.file.Path.of(source.toUri()));
        } else {
          try (InputStream in = fs.open(source)) {
            Files.copy(in, target);
          }
        }
      }
      List<Item> out = new ArrayList<>();
      // what the reader names by the scratch folder is named by the root as it was given
      String scratchName = scratch.toString();
      String rootName = unit.shownRoot();
      long[] seq = {0};
      // the scratch folder links to the files: follow its links, and no others (there are none)
      DocumentReader.standard().followingLinks(true).read(List.of(scratch), new DocumentSink() {
        @Override
        public void document(Document document) {
          Item item = Item.document(unit.ordinal(document.id()), seq[0]++, document);
          item.path = item.path == null ? null : shown(item.path, scratchName, rootName);
          out.add(item);
        }

        @Override
        public void claim(Claim claim) {
          out.add(Item.claim(unit.ordinal(claim.documentId()), seq[0]++, 0, claim));
        }

        @Override
        public void failure(ReadFailure failure) {
          out.add(Item.failure(unit.ordinal(failure.document()), seq[0]++, failure.document(),
              shown(failure.location(), scratchName, rootName), failure.reason().replace(scratchName + "/",
                  rootName.isEmpty() ? "" : rootName + "/")));
        }
      });
      return out.iterator();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + unit.root() + "/" + unit.relative() + ": " + e.getMessage(), e);
    } finally {
      delete(scratch);
    }
  }

  /** {@code location} with the scratch folder named as the root was given. */
  private static String shown(String location, String scratch, String root) {
    if (location.equals(scratch)) {
      return root.isEmpty() ? "." : root;
    }
    if (location.startsWith(scratch + "/")) {
      String rest = location.substring(scratch.length() + 1);
      return root.isEmpty() ? rest : root + "/" + rest;
    }
    return location;
  }

  private static void delete(java.nio.file.Path dir) {
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<>() {
        @Override
        public FileVisitResult visitFile(java.nio.file.Path file, BasicFileAttributes attrs) throws IOException {
          Files.delete(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(java.nio.file.Path d, IOException e) throws IOException {
          Files.delete(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // a scratch folder left behind is the temporary folder's to clear
    }
  }
}
