package org.assetbasedarea.aba.testing;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * How the CPU time of some work grows with its size: a test of growth (linear or not), not of
 * speed, which is measured with JMH. Sizes n, 2n, 4n and 8n; the time of each is the best of three
 * runs of the thread's CPU time, after a warm-up of every size (so the JIT has compiled the
 * paths). Linear work gives t(8n)/t(n) near 8, quadratic near 64.
 */
public final class Growth {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private Growth() {}

  /** The ratio t(8n)/t(n), and a line that reports every size's time. */
  public static final class Result {
    public final double ratio;
    public final String report;

    Result(double ratio, String report) {
      this.ratio = ratio;
      this.report = report;
    }
  }

  /**
   * Measures work of sizes n, 2n, 4n and 8n.
   *
   * @param name what is measured, for the report
   * @param n the smallest size
   * @param work the work of a size (prepared once per size, run several times)
   * @return the ratio and the report, which is also printed
   */
  public static Result measure(String name, int n, IntFunction<Runnable> work) {
    if (!THREADS.isCurrentThreadCpuTimeSupported()) {
      throw new IllegalStateException("this JVM does not measure thread CPU time");
    }
    int[] sizes = {n, 2 * n, 4 * n, 8 * n};
    Runnable[] runs = new Runnable[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      runs[i] = work.apply(sizes[i]);
      best(runs[i]); // warm-up
    }
    long[] times = new long[sizes.length];
    StringBuilder report = new StringBuilder(name).append(": ");
    for (int i = 0; i < sizes.length; i++) {
      times[i] = best(runs[i]);
      report.append(String.format(Locale.ROOT, "%d: %.1f ms; ", sizes[i], times[i] / 1e6));
    }
    double ratio = (double) times[3] / Math.max(1, times[0]);
    report.append(String.format(Locale.ROOT, "t(8n)/t(n) = %.1f", ratio));
    System.out.println(report);
    return new Result(ratio, report.toString());
  }

  private static long best(Runnable run) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      long start = THREADS.getCurrentThreadCpuTime();
      run.run();
      best = Math.min(best, THREADS.getCurrentThreadCpuTime() - start);
    }
    return best;
  }
}
