package io.claimcheck.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Whether standard error is a terminal, where a progress line can be redrawn in place. */
final class Terminal {
  private Terminal() {}

  /**
   * On Linux, where file descriptor 2 leads ({@code /dev/pts/N} or {@code /dev/ttyN}); elsewhere,
   * whether the JVM has a console. Never on a dumb terminal.
   */
  static boolean stderrIsTerminal() {
    if ("dumb".equals(System.getenv("TERM"))) {
      return false;
    }
    Path fd = Path.of("/proc/self/fd/2");
    try {
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (java.io.IOException | RuntimeException e) {
      // fall back to the console below
    }
    return System.console() != null;
  }
}
