package org.assetbasedarea.aba.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Locale;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.json.NdjsonReader;
import org.assetbasedarea.aba.scoring.Scorer;

/**
 * Benchmark 3's memory half: streams a million generated lines through the NDJSON reader, the
 * scorer and the report writer on one thread, and prints the rate and the heap's peaks (from each
 * heap pool's {@link MemoryPoolMXBean#getPeakUsage()}, and its usage after the last collection).
 * Run it under the budget: {@code java -Xmx128m -cp benchmarks.jar
 * org.assetbasedarea.aba.benchmarks.NdjsonHeap 1000000}.
 */
public final class NdjsonHeap {
  private NdjsonHeap() {}

  /**
   * Runs the batch.
   *
   * @param args the number of lines (default 1,000,000)
   * @throws IOException never (the streams are in memory)
   */
  public static void main(String[] args) throws IOException {
    long count = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000L;
    AbaJson json = AbaJson.standard();
    Scorer scorer = Scorer.standard();
    long start = System.nanoTime();
    long valid;
    try (NdjsonReader<Assessment> lines = json.readLines(new NdjsonLines(count),
        DocumentType.ASSESSMENT)) {
      valid = NdjsonBenchmark.run(json, scorer, lines, OutputStream.nullOutputStream());
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = 0;
    StringBuilder pools = new StringBuilder();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        long poolPeak = pool.getPeakUsage().getUsed();
        peak += poolPeak;
        pools.append(String.format(Locale.ROOT, "%n  %-24s peak %6.1f MiB, after last GC %6.1f MiB",
            pool.getName(), mib(poolPeak),
            pool.getCollectionUsage() == null ? 0.0 : mib(pool.getCollectionUsage().getUsed())));
      }
    }
    long collections = 0;
    long collectionMillis = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      collections += Math.max(0, gc.getCollectionCount());
      collectionMillis += Math.max(0, gc.getCollectionTime());
    }
    System.out.printf(Locale.ROOT, "lines: %d valid of %d; %.1f s; %.0f assessments/s%n", valid,
        count, seconds, valid / seconds);
    System.out.printf(Locale.ROOT, "max heap (-Xmx): %.1f MiB; sum of heap pool peaks: %.1f MiB;"
        + " GC: %d collections, %d ms%s%n", mib(Runtime.getRuntime().maxMemory()), mib(peak),
        collections, collectionMillis, pools);
  }

  private static double mib(long bytes) {
    return bytes / (1024.0 * 1024.0);
  }
}
