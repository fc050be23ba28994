package org.assetbasedarea.aba.cli;

import java.io.PrintWriter;
import java.util.Locale;

/** A one-line progress bar on standard error, redrawn at most five times a second. */
final class ProgressBar {
  private static final long INTERVAL_NANOS = 200_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final long totalBytes;
  private long lastDraw = System.nanoTime() - INTERVAL_NANOS;
  private boolean drawn;

  ProgressBar(PrintWriter err, long totalBytes) {
    this.err = err;
    this.totalBytes = totalBytes;
  }

  void update(long lines, long bytes) {
    long now = System.nanoTime();
    if (now - lastDraw < INTERVAL_NANOS) {
      return;
    }
    lastDraw = now;
    draw(lines, bytes);
  }

  void finish(long lines, long bytes) {
    if (drawn) {
      draw(lines, bytes);
      err.print('\n');
      err.flush();
    }
  }

  private void draw(long lines, long bytes) {
    drawn = true;
    if (totalBytes > 0) {
      double fraction = Math.min(1.0, bytes / (double) totalBytes);
      int filled = (int) Math.round(fraction * WIDTH);
      err.print(String.format(Locale.ROOT, "\r[%s%s] %3d%% %,d lines", "#".repeat(filled),
          " ".repeat(WIDTH - filled), Math.round(fraction * 100), lines));
    } else {
      err.print(String.format(Locale.ROOT, "\r%,d lines", lines));
    }
    err.flush();
  }
}
