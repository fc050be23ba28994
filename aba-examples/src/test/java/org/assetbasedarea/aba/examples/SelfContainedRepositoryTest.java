package org.assetbasedarea.aba.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The repository is self-contained: no doc, schema, comment or build file points to reference
 * material outside it (the rules, contracts and statistics are stated in its own docs/).
 */
class SelfContainedRepositoryTest {
  private static final Path ROOT = Path.of("..");
  private static final Set<String> TEXT = Set.of(".java", ".md", ".json", ".xml", ".html",
      ".properties", ".txt", ".css", ".csv", ".ndjson");
  /** Names of the reference files kept beside the project, spelled so this file does not match. */
  private static final List<String> OUTSIDE = List.of(
      "../" + "shared", "shared/" + "docs", "scoring-" + "rules.md", "stack" + ".md",
      "style" + ".md");

  @Test
  void repository_pointsToNothingOutsideIt() throws IOException {
    List<String> found = new ArrayList<>();
    int files = 0;
    try (Stream<Path> walk = Files.walk(ROOT)) {
      for (Path file : (Iterable<Path>) walk.filter(Files::isRegularFile)::iterator) {
        String path = ROOT.relativize(file).toString().replace('\\', '/');
        if (path.startsWith(".git/") || path.contains("/target/") || path.startsWith("target/")
            || path.contains("node_modules/")
            || (!isText(path) && !path.startsWith(".ci/") && !path.startsWith(".mvn/"))) {
          continue;
        }
        files++;
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        for (String outside : OUTSIDE) {
          if (text.contains(outside)) {
            found.add(path + " mentions " + outside);
          }
        }
      }
    }
    assertThat(files).as("files scanned").isGreaterThan(100);
    assertThat(found).isEmpty();
  }

  @Test
  void normativeDocs_exist() {
    for (String doc : List.of("scoring.md", "contracts.md", "statistics.md", "domain.md",
        "json.md")) {
      assertThat(ROOT.resolve("docs").resolve(doc)).as(doc).isRegularFile();
    }
  }

  private static boolean isText(String path) {
    int dot = path.lastIndexOf('.');
    return dot >= 0 && TEXT.contains(path.substring(dot));
  }
}
