package org.assetbasedarea.aba.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.json.AbaJson;
import org.assetbasedarea.aba.json.DocumentType;
import org.assetbasedarea.aba.outcomes.IndicatorResult;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The bundled outcome samples are exactly what the seeded generator gives. To regenerate them
 * after changing {@link SampleOutcomes}: run this test with {@code -Daba.regenerateSamples=true}.
 */
class SampleOutcomesTest {
  static final String FOLDER = "org/assetbasedarea/aba/examples/samples/";

  static String bundled(int year) throws IOException {
    try (InputStream in = SampleOutcomesTest.class.getClassLoader()
        .getResourceAsStream(FOLDER + "brackenford-outcomes-" + year + ".json")) {
      assertThat(in).as("bundled outcome sample " + year).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2025, 2026})
  void bundledSample_equalsSeededGeneration(int year) throws IOException {
    OutcomeData data = SampleOutcomes.year(year);
    String json = AbaJson.standard().writePretty(data) + "\n";
    if (Boolean.getBoolean("aba.regenerateSamples")) {
      Files.writeString(Path.of("src/main/resources", FOLDER, "brackenford-outcomes-" + year + ".json"), json);
    }
    assertThat(bundled(year)).isEqualTo(json);
    assertThat(AbaJson.standard().read(bundled(year), DocumentType.OUTCOME_DATA).getDocument()).contains(data);
  }

  @ParameterizedTest
  @ValueSource(ints = {2025, 2026})
  void sample_isValidAndPlausible(int year) {
    OutcomeData data = SampleOutcomes.year(year);
    assertThat(AbaValidator.shared().validate(data)).isEmpty();
    assertThat(data.getResponses().size()).isBetween(150, 300);
    OutcomeReport report = Indicators.compute(data, Frameworks.aba2020());
    assertThat(report.getIndicators()).hasSize(13);
    IndicatorResult life = report.findIndicator("ons4-life-satisfaction").orElseThrow();
    assertThat(life.getValue()).isBetween(6.0, 8.5);
    IndicatorResult lonely = report.findIndicator("loneliness-often-always").orElseThrow();
    assertThat(lonely.getValue()).isBetween(0.02, 0.15);
    IndicatorResult ascof = report.findIndicator("ascof-1a").orElseThrow();
    assertThat(ascof.getValue()).isBetween(15.0, 22.0);
    assertThat(ascof.getRespondents()).isBetween(50L, 130L);
  }
}
