package org.assetbasedarea.aba.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Rating;
import org.junit.jupiter.api.Test;

class CaseSystemExampleTest {
  @Test
  void run_savesScoresAndRejects() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<String> lines = CaseSystemExample.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    assertThat(lines.get(0)).matches("saved assessment 1 as \\d+ characters of JSON");
    assertThat(lines.get(1)).isEqualTo("scored on read: 2 of 10 actions rated, 62.50%, status INSUFFICIENT");
    assertThat(lines).contains(
        "  grant-giving: rated 4, but no evidence from people with lived experience, so counted as 2");
    String rejected = lines.get(lines.size() - 1);
    assertThat(rejected).startsWith("rejected: not saved: ")
        .contains("ratings[0].rating: must be from 1 (not yet) to 4 (embedded)")
        .contains("ratings[1].action: is not an action of framework 'aba-2020'");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo(String.join("\n", lines) + "\n");
  }

  @Test
  void main_runs() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      CaseSystemExample.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).startsWith("saved assessment 1").contains("rejected: ");
  }

  @Test
  void storedJson_isTheAssessmentContract_andReadBackScoresTheSame() {
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      CaseSystemExample service = new CaseSystemExample(factory.getValidator());
      Assessment assessment = Assessment.builder().framework("aba-2020")
          .area(Area.of("E09000001", "City (fictional)")).assessedOn(LocalDate.of(2026, 1, 1))
          .addRatings(Rating.of("share-power", 1)).build();
      long id = service.save(assessment);
      assertThat(service.json(id)).startsWith("{\"schemaVersion\":1,\"framework\":\"aba-2020\"");
      assertThat(service.score(id)).isEqualTo(org.assetbasedarea.aba.scoring.Scorer.standard().score(assessment));
      assertThatThrownBy(() -> service.json(id + 1)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
