package org.assetbasedarea.aba.benchmarks;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Benchmark 5, cold start: the wall time of a fresh JVM running {@code aba.jar score sample.json}
 * (the bundled Brackenford 2026 assessment), against a fresh JVM running a main that does nothing
 * from the same jar. Each operation starts one process and waits for it; the process's output is
 * discarded. The JDK is the one running the benchmark; {@code aba.jar} is found next to {@code
 * benchmarks.jar}, or given with {@code -jvmArgsAppend -Daba.jar=PATH}.
 *
 * <p>Variants: plain {@code java -jar}; with a dynamic class-data-sharing archive made once in
 * setup by {@code -XX:ArchiveClassesAtExit} over the same command; and the options the {@code
 * aba-examples/bin/aba} launcher adds (that archive, C1 only, the serial collector).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 20)
@Fork(1)
public class ColdStartBenchmark {
  private static final String SAMPLE =
      "/org/assetbasedarea/aba/examples/samples/brackenford-2026.json";

  private String java = "java";
  private String jar = "aba.jar";
  private Path workDirectory = Paths.get(".");
  private String sample = "sample.json";
  private String archive = "aba.jsa";

  /** Creates the benchmark state; JMH calls this. */
  public ColdStartBenchmark() {}

  /**
   * Finds the JDK and {@code aba.jar}, writes the sample, makes the CDS archive, and checks every
   * variant once (exit code 0).
   *
   * @throws IOException when a file cannot be written or a process started
   * @throws InterruptedException when interrupted
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException, InterruptedException {
    java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    jar = locateAbaJar().toString();
    workDirectory = Files.createTempDirectory("aba-cold-start");
    Path samplePath = workDirectory.resolve("sample.json");
    try (InputStream in = ColdStartBenchmark.class.getResourceAsStream(SAMPLE)) {
      if (in == null) {
        throw new IllegalStateException("sample not on the class path: " + SAMPLE);
      }
      Files.copy(in, samplePath, StandardCopyOption.REPLACE_EXISTING);
    }
    sample = samplePath.toString();
    archive = workDirectory.resolve("aba.jsa").toString();
    run(List.of(java, "-XX:ArchiveClassesAtExit=" + archive, "-jar", jar, "score", sample));
    baseline_emptyMain();
    score();
    scoreWithCds();
    scoreLikeLauncher();
  }

  /**
   * Removes the temporary files.
   *
   * @throws IOException when a file cannot be deleted
   */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    Files.deleteIfExists(Paths.get(sample));
    Files.deleteIfExists(Paths.get(archive));
    Files.deleteIfExists(workDirectory);
  }

  private static Path locateAbaJar() {
    String configured = System.getProperty("aba.jar");
    if (configured != null) {
      return Paths.get(configured);
    }
    try {
      Path here = Paths.get(ColdStartBenchmark.class.getProtectionDomain().getCodeSource()
          .getLocation().toURI());
      // benchmarks.jar, or target/classes when run from the IDE: aba.jar is in target/ either way
      Path sibling = here.resolveSibling("aba.jar");
      if (Files.isRegularFile(sibling)) {
        return sibling;
      }
      throw new IllegalStateException("aba.jar not found at " + sibling + "; pass -Daba.jar=PATH");
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private void run(List<String> command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command)
        .directory(workDirectory.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(new File(nullDevice())))
        .start();
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IllegalStateException("exit code " + exit + " from " + command);
    }
  }

  private static String nullDevice() {
    return System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null";
  }

  /**
   * The floor: {@code java -cp aba.jar org.assetbasedarea.aba.startup.EmptyMain}.
   *
   * @throws IOException when the process cannot start
   * @throws InterruptedException when interrupted
   */
  @Benchmark
  public void baseline_emptyMain() throws IOException, InterruptedException {
    run(List.of(java, "-cp", jar, "org.assetbasedarea.aba.startup.EmptyMain"));
  }

  /**
   * {@code java -jar aba.jar score sample.json}.
   *
   * @throws IOException when the process cannot start
   * @throws InterruptedException when interrupted
   */
  @Benchmark
  public void score() throws IOException, InterruptedException {
    run(List.of(java, "-jar", jar, "score", sample));
  }

  /**
   * {@code java -XX:SharedArchiveFile=aba.jsa -jar aba.jar score sample.json}.
   *
   * @throws IOException when the process cannot start
   * @throws InterruptedException when interrupted
   */
  @Benchmark
  public void scoreWithCds() throws IOException, InterruptedException {
    run(List.of(java, "-XX:SharedArchiveFile=" + archive, "-jar", jar, "score", sample));
  }

  /**
   * What the {@code bin/aba} launcher runs: the CDS archive, C1 only ({@code
   * -XX:TieredStopAtLevel=1}) and the serial collector.
   *
   * @throws IOException when the process cannot start
   * @throws InterruptedException when interrupted
   */
  @Benchmark
  public void scoreLikeLauncher() throws IOException, InterruptedException {
    run(List.of(java, "-XX:SharedArchiveFile=" + archive, "-Xlog:disable",
        "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", jar, "score", sample));
  }
}
