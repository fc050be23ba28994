package org.assetbasedarea.aba;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.testing.PackageGraph;
import org.junit.jupiter.api.Test;

/** The packages of aba-core depend on each other without a cycle, and none is "internal". */
class PackageGraphTest {

  @Test
  void core_packageGraph_hasNoCycle() {
    PackageGraph graph = PackageGraph.of(Assessment.class, "org.assetbasedarea.aba.");

    assertThat(graph.edges()).as("jdeps found the core's packages").containsKeys(
        "org.assetbasedarea.aba.assessment", "org.assetbasedarea.aba.scoring",
        "org.assetbasedarea.aba.validation", "org.assetbasedarea.aba.plan");
    assertThat(graph.cycles()).as("package cycles").isEmpty();
  }

  @Test
  void core_issueVocabulary_isALeaf() {
    PackageGraph graph = PackageGraph.of(Assessment.class, "org.assetbasedarea.aba.");

    assertThat(graph.edges()).doesNotContainKey("org.assetbasedarea.aba.issues");
  }

  @Test
  void core_noPackageIsCalledInternal() {
    PackageGraph graph = PackageGraph.of(Assessment.class, "org.assetbasedarea.aba.");

    assertThat(graph.edges().keySet()).noneMatch(name -> name.contains(".internal"));
    graph.edges().values().forEach(targets ->
        assertThat(targets).noneMatch(name -> name.contains(".internal")));
  }

  @Test
  void core_immutablesStyleCopies_areIdentical() throws IOException {
    // A package-private style can only be used in its own package, so each package with value
    // types carries a copy; they must not drift apart.
    Path root = Path.of("src/main/java/org/assetbasedarea/aba");
    List<String> copies = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(f -> f.endsWith("AbaStyle.java"))::iterator) {
        copies.add(Files.readString(file).replaceFirst("package [a-z.]+;", ""));
      }
    }
    assertThat(copies).hasSize(6);
    assertThat(Set.copyOf(copies)).hasSize(1);
  }

  @Test
  void cycles_twoPackagesImportingEachOther_areOneCycle() {
    PackageGraph graph = PackageGraph.ofEdges("a -> b", "b -> c", "c -> a", "c -> d", "e -> d");

    assertThat(graph.cycles()).containsExactly(Set.of("a", "b", "c"));
  }

  @Test
  void cycles_acyclicGraph_areNone() {
    assertThat(PackageGraph.ofEdges("a -> b", "b -> c", "a -> c").cycles()).isEmpty();
  }
}
