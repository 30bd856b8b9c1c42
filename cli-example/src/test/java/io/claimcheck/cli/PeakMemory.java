package io.claimcheck.cli;

import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;

/**
 * Runs the CLI, then prints on standard error the peak heap it used: the sum of each heap pool's
 * peak, an upper bound. For the hostile-input test, which runs it with {@code -Xmx512m}.
 */
public final class PeakMemory {
  private PeakMemory() {}

  /** {@code PeakMemory check --format json FILE}. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, false, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    int code = Main.run(args, out, err);
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    err.printf("peak heap %d MB%n", peak / (1024 * 1024));
    System.exit(code);
  }
}
