package org.assetbasedarea.aba.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuickStartExampleTest {
  private static final Path SOURCE = Path.of(
      "src/main/java/org/assetbasedarea/aba/examples/QuickStartExample.java");
  private static final Path README = Path.of("../README.md");

  @Test
  void readme_javaExample_isTheCodeThisTestRuns() throws IOException {
    String source = Files.readString(SOURCE);
    String region = source.substring(
        source.indexOf("// README-START\n") + "// README-START\n".length(),
        source.indexOf("\n    // README-END"));
    String readme = Files.readString(README);
    assertThat(readme).contains(region.stripIndent());
  }

  @Test
  void run_validAssessment_printsStatusExplanationsAndTheScoreReport() {
    List<String> lines = QuickStartExample.run(QuickStartExample.SAMPLE, quiet());
    assertThat(lines.get(0)).isEqualTo("INSUFFICIENT null");
    assertThat(lines).anyMatch(line -> line.contains("rated 3, but no evidence from people with"
        + " lived experience, so counted as 2"));
    assertThat(lines.get(lines.size() - 1))
        .startsWith("{\"schemaVersion\":1,\"rules\":\"aba-score-1\"")
        .contains("\"effectiveRating\":2");
  }

  @Test
  void run_brokenAssessment_listsEveryIssueWithPointerAndCode() {
    String broken = QuickStartExample.SAMPLE.replace("\"rating\": 3", "\"rating\": 7")
        .replace("share-power", "share-powr");
    assertThat(QuickStartExample.run(broken, quiet())).containsExactly(
        "/ratings/0/action: is not an action of framework 'aba-2020' [UNKNOWN_ACTION]",
        "/ratings/0/rating: must be from 1 to 4 [RATING_OUT_OF_RANGE]");
  }

  private static PrintStream quiet() {
    return new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
  }
}
