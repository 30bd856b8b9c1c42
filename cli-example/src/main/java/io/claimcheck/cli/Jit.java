package io.claimcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * How the JVM compiles the extractor during a command. By default the CLI asks HotSpot (through
 * its {@code Compiler.directives_add} diagnostic command, as {@code jcmd} would) to compile the
 * extractor's code with C1 only: on a run of minutes over many documents the optimising
 * compiler's backlog of that code kept a core busy for the whole run and its code came too late
 * to pay (docs/scale.md). When the threads that extract leave a core idle, C2 compiles the
 * extractor's per-character and per-token loops there, and C1 the rest. {@code --c2} leaves the
 * JVM to compile as it chooses.
 */
final class Jit {
  private static final String DIRECTIVES = "extractor-jit.json";
  private static final String SPARE_CORE = "extractor-spare-core-jit.json";
  private static final String READING = "extract-reading-jit.json";
  private static final String CHECKING = "checking-jit.json";
  private static final java.util.Set<String> ADDED = java.util.concurrent.ConcurrentHashMap.newKeySet();

  private Jit() {}

  /**
   * Asks the JVM to compile the extractor with C1 only, once per process. False when the JVM
   * offers no such command (another JVM, no {@code jdk.management}): then it compiles as it
   * chooses, which changes only the speed.
   */
  static boolean extractorWithoutC2() {
    return add(DIRECTIVES);
  }

  /**
   * Asks the JVM to compile the extractor's large methods with C1 only and to leave its loops
   * over characters and tokens to C2, which then compiles them on the core the extracting threads
   * leave idle, once per process; as {@link #extractorWithoutC2}, false when the JVM offers no
   * such command. A command asks for one of the two.
   */
  static boolean extractorOnASpareCore() {
    return add(SPARE_CORE);
  }

  /**
   * The same, for {@code extract} on every core, for the reading of documents and the hand-off to
   * the threads that extract: not for {@code check}, which reads claims files through that code.
   */
  static boolean readingWithoutC2() {
    return add(READING);
  }

  /**
   * The same for the code that resolves, checks and reports ({@code check} over a million claims:
   * C2's compiling of it took a fifth of the run's CPU time and paid nothing back in a run of
   * seconds; docs/scale.md).
   */
  static boolean checkingWithoutC2() {
    return add(CHECKING);
  }

  private static boolean add(String resource) {
    if (ADDED.contains(resource)) {
      return true;
    }
    synchronized (ADDED) {
      if (ADDED.contains(resource)) {
        return true;
      }
      try {
        Path file = Files.createTempFile("claimcheck-jit", ".json");
        try (InputStream in = Jit.class.getResourceAsStream(resource)) {
          if (in == null) {
            return false;
          }
          Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
          Object said = ManagementFactory.getPlatformMBeanServer().invoke(
              new ObjectName("com.sun.management:type=DiagnosticCommand"), "compilerDirectivesAdd",
              new Object[] {new String[] {file.toString()}}, new String[] {String[].class.getName()});
          if (String.valueOf(said).strip().matches("[1-9][0-9]* compiler directives? added")) {
            ADDED.add(resource);
          }
        } finally {
          Files.deleteIfExists(file);
        }
      } catch (IOException | JMException | RuntimeException | LinkageError e) {
        return false;
      }
      return ADDED.contains(resource);
    }
  }
}
