package org.assetbasedarea.aba.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.runner.BenchmarkList;
import org.openjdk.jmh.runner.BenchmarkListEntry;
import org.junit.jupiter.api.Test;

/**
 * The JMH annotation processor ran (without it the build is green and
 * {@code benchmarks.jar} fails with "Unable to find the resource: /META-INF/BenchmarkList"): the
 * generated list, which {@code java -jar benchmarks.jar -l} prints, names every {@code @Benchmark}
 * method of this package and nothing else.
 */
class BenchmarkListTest {
  @Test
  void benchmarkList_namesEveryBenchmarkMethodOfThePackage() throws Exception {
    Set<String> listed = new TreeSet<>();
    try (InputStream in = BenchmarkListTest.class.getResourceAsStream(BenchmarkList.BENCHMARK_LIST)) {
      assertThat(in).as("META-INF/BenchmarkList on the class path").isNotNull();
      for (BenchmarkListEntry entry : BenchmarkList.readBenchmarkList(in)) {
        listed.add(entry.getUsername());
      }
    }
    Set<String> declared = new TreeSet<>();
    for (Class<?> type : benchmarkClasses()) {
      for (Method method : type.getDeclaredMethods()) {
        if (method.isAnnotationPresent(Benchmark.class)) {
          declared.add(type.getName() + "." + method.getName());
        }
      }
    }
    assertThat(declared).as("benchmark methods found by reflection").hasSizeGreaterThanOrEqualTo(8);
    assertThat(listed).isEqualTo(declared);
  }

  /** The top-level classes compiled into this package (not the generated jmh_generated ones). */
  private static List<Class<?>> benchmarkClasses() throws IOException, URISyntaxException,
      ClassNotFoundException {
    Path directory = Paths.get(Documents.class.getProtectionDomain().getCodeSource().getLocation()
        .toURI()).resolve(Documents.class.getPackageName().replace('.', '/'));
    List<String> names;
    try (Stream<Path> files = Files.list(directory)) {
      names = files.map(path -> path.getFileName().toString())
          .filter(name -> name.endsWith(".class") && !name.contains("$"))
          .map(name -> name.substring(0, name.length() - ".class".length()))
          .sorted()
          .toList();
    }
    List<Class<?>> classes = new ArrayList<>();
    for (String name : names) {
      classes.add(Class.forName(Documents.class.getPackageName() + "." + name));
    }
    return classes;
  }
}
