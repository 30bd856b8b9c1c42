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
 *
 * <p>Directives are the JVM's, not a command's: once added they stay, and the last added is asked
 * first. The files that only leave code to C1 commute (a method two of them match is left to C1
 * by either), so a later command in the same JVM (an embedder running {@code Main.run} again)
 * adds those it asks for; but the spare-core file, which lets C2 compile claimcheck's loops, is
 * added only as a process's first, where nothing added before it can be shadowed ({@link #use}).
 * So a later command may run with more left to C1 than it asked for (a {@code check} after an
 * {@code extract} reads claims with the reading's C1 directives; {@code --c2} after a default
 * command lifts none), which changes only its speed.
 */
final class Jit {
  static final String DIRECTIVES = "extractor-jit.json";
  static final String SPARE_CORE = "extractor-spare-core-jit.json";
  static final String READING = "extract-reading-jit.json";
  static final String CHECKING = "checking-jit.json";
  private static final java.util.Set<String> ADDED = java.util.concurrent.ConcurrentHashMap.newKeySet();
  private static final Choice CHOICE = new Choice();

  private Jit() {}

  /**
   * The directives {@code extract} asks for on {@code threads} threads of {@code cores}: the
   * spare-core ones when a core is left idle; else the extractor's and the reading's to C1.
   */
  static java.util.List<String> forExtract(int threads, int cores) {
    return leavesACoreIdle(threads, cores) ? java.util.List.of(SPARE_CORE) : java.util.List.of(DIRECTIVES, READING);
  }

  /**
   * The directives {@code check} asks for: the extractor's as for {@code extract} but never the
   * reading's (check reads claims files through that code), then those of resolving, checking and
   * reporting, added last so that they are asked first.
   */
  static java.util.List<String> forCheck(int threads, int cores) {
    return java.util.List.of(leavesACoreIdle(threads, cores) ? SPARE_CORE : DIRECTIVES, CHECKING);
  }

  private static boolean leavesACoreIdle(int threads, int cores) {
    return threads >= 1 && threads < cores;
  }

  /**
   * Adds {@code files} (in order, each once per process), but the spare-core file only if it
   * comes before anything else this process added: true when they are in place, false when the
   * spare-core one was refused so or the JVM offers no such command (another JVM, no {@code
   * jdk.management}): then it compiles as it chooses, which changes only the speed.
   */
  static boolean use(java.util.List<String> files) {
    return CHOICE.use(files, Jit::add);
  }

  /** What a process has added: see the class comment. */
  static final class Choice {
    private final java.util.Set<String> added = new java.util.LinkedHashSet<>();

    synchronized boolean use(java.util.List<String> files, java.util.function.Predicate<String> add) {
      boolean all = true;
      for (String f : files) {
        if (added.contains(f)) {
          continue;
        }
        if (f.equals(SPARE_CORE) && !added.isEmpty()) {
          all = false; // it would shadow what is in place (its second block matches all of claimcheck)
          continue;
        }
        added.add(f);
        all &= add.test(f);
      }
      return all;
    }
  }

  /** Adds one file of directives, once per process; true when the JVM took them (for the tests too). */
  static boolean add(String resource) {
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
