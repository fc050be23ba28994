package org.assetbasedarea.aba.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.junit.jupiter.api.Test;

/** The load generator works (its figures are not judged here: no timed tests). */
class LoadGeneratorTest {
  private final RunningService service = RunningService.get();

  @Test
  void shortRun_createsAndScores_withoutErrors() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int status = LoadGenerator.run(new String[] {"--url", service.base, "--clients", "2",
        "--seconds", "1", "--warmup", "0"}, new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(status).as(out).isZero();
    assertThat(out).contains("2 clients").containsPattern("operations [1-9][0-9]* \\(")
        .contains(", errors 0").contains("create-and-score ");
  }

  @Test
  void onlyLoopback_andUsage() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    assertThat(LoadGenerator.run(new String[] {"--url", "http://192.0.2.1:8080"}, out)).isEqualTo(2);
    assertThat(LoadGenerator.run(new String[] {"--colour"}, out)).isEqualTo(2);
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("not a loopback address")
        .contains("usage: LoadGenerator");
  }

  @Test
  void typicalAssessment_isValid() {
    Random random = new Random(1);
    for (int i = 0; i < 20; i++) {
      assertThat(AbaValidator.shared().validate(
          LoadGenerator.typicalAssessment(random, "E08000001"))).isEmpty();
    }
  }
}
