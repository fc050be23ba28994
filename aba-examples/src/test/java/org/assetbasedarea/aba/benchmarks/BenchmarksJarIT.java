package org.assetbasedarea.aba.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;

/**
 * The packaged jars (bound after {@code package}): {@code java -jar target/benchmarks.jar -l} lists
 * every benchmark (a missing JMH processor would give a green build and an empty list), and
 * {@code aba.jar} carries nothing of JMH or the benchmarks.
 */
class BenchmarksJarIT {
  private static final Path BENCHMARKS = Path.of("target", "benchmarks.jar");
  private static final Path ABA = Path.of("target", "aba.jar");

  @Test
  void benchmarksJar_listsEveryBenchmark(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out.txt");
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-jar");
    command.add(BENCHMARKS.toAbsolutePath().toString());
    command.add("-l");
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(out.toFile()).start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished within a minute").isTrue();
    String output = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    Set<String> listed = new TreeSet<>();
    for (String line : output.split("\n")) {
      if (line.startsWith(Documents.class.getPackageName() + ".")) {
        listed.add(line.trim());
      }
    }
    assertThat(listed).isEqualTo(expected());
  }

  @Test
  void abaJar_containsNoJmhAndNoBenchmark() throws IOException {
    List<String> unwanted = new ArrayList<>();
    try (JarFile jar = new JarFile(ABA.toFile())) {
      for (JarEntry entry : Collections.list(jar.entries())) {
        String name = entry.getName();
        if (name.startsWith("org/openjdk/jmh/") || name.startsWith("joptsimple/")
            || name.startsWith("org/apache/commons/math3/")
            || name.startsWith("org/assetbasedarea/aba/benchmarks/")
            || name.equals("META-INF/BenchmarkList") || name.equals("META-INF/CompilerHints")) {
          unwanted.add(name);
        }
      }
      assertThat(jar.getEntry("org/assetbasedarea/aba/startup/EmptyMain.class"))
          .as("the cold-start floor").isNotNull();
    }
    assertThat(unwanted).isEmpty();
  }

  private static Set<String> expected() throws IOException {
    Set<String> names = new TreeSet<>();
    try (InputStream in = BenchmarksJarIT.class.getResourceAsStream(BenchmarkList.BENCHMARK_LIST)) {
      assertThat(in).isNotNull();
      for (BenchmarkListEntry entry : BenchmarkList.readBenchmarkList(in)) {
        names.add(entry.getUsername());
      }
    }
    assertThat(names).isNotEmpty();
    return names;
  }
}
