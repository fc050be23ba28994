package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.MeanFigure;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.outcomes.Period;
import org.assetbasedarea.aba.outcomes.ShareFigure;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every example of docs/contracts.md is a valid document of the kind its section describes, as
 * the page promises; the outcome report example is exactly what the library computes from the
 * outcome data example (without its one response) compared with the earlier period the page
 * describes.
 */
class ContractExamplesTest {
  private static final Path CONTRACTS = Path.of("../docs/contracts.md");
  private static final AbaJson JSON = AbaJson.standard();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final Pattern BLOCK = Pattern.compile("```json\\n(.*?)\\n```", Pattern.DOTALL);
  private static final Map<String, DocumentType<?>> SECTIONS = Map.of(
      "Assessment", DocumentType.ASSESSMENT, "Score report", DocumentType.SCORE_REPORT,
      "Progress", DocumentType.PROGRESS, "Framework", DocumentType.FRAMEWORK,
      "Outcome data", DocumentType.OUTCOME_DATA, "Outcome report", DocumentType.OUTCOME_REPORT,
      "Plan", DocumentType.PLAN, "Approach catalogue", DocumentType.APPROACH_CATALOGUE);

  /** The JSON examples of the page by section (the last example of each), in page order. */
  private static Map<String, String> examples() throws IOException {
    String page = Files.readString(CONTRACTS, StandardCharsets.UTF_8);
    Map<String, String> examples = new LinkedHashMap<>();
    String[] sections = page.split("\n## ");
    for (String section : sections) {
      String heading = section.substring(0, section.indexOf('\n')).trim();
      Matcher block = BLOCK.matcher(section);
      while (block.find()) {
        assertThat(SECTIONS).as("a JSON example under '%s'", heading).containsKey(heading);
        assertThat(examples).as("one example under '%s'", heading).doesNotContainKey(heading);
        examples.put(heading, block.group(1));
      }
    }
    return examples;
  }

  @Test
  void everyExample_isAValidDocumentOfItsSection() throws IOException {
    Map<String, String> examples = examples();
    assertThat(examples.keySet()).containsExactlyInAnyOrderElementsOf(SECTIONS.keySet());
    List<String> invalid = new ArrayList<>();
    for (Map.Entry<String, String> example : examples.entrySet()) {
      ReadResult<?> read = JSON.read(example.getValue(), SECTIONS.get(example.getKey()));
      if (!read.isValid()) {
        invalid.add(example.getKey() + ": " + read.getIssues());
      }
    }
    assertThat(invalid).isEmpty();
  }

  /**
   * The outcome report example: the outcome data example without its one response, compared with
   * the same area's earlier period as the page describes it (ascof-1b 49 of 70; ascof-1a 70
   * people, mean 18.2, standard deviation 3.6).
   */
  static OutcomeReport outcomeReportExample(OutcomeData dataExample) {
    OutcomeData later = OutcomeData.builder().from(dataExample).responses(List.of()).build();
    OutcomeData earlier = OutcomeData.builder()
        .from(later)
        .period(Period.of(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 2, 28)))
        .shares(List.of(ShareFigure.of("ascof-1b", 49, 70)))
        .means(List.of(MeanFigure.of("ascof-1a", 70, 18.2, 3.6)))
        .baselines(List.of())
        .build();
    return Indicators.compare(
        Indicators.compute(earlier, Frameworks.aba2020(), DisclosurePolicy.ASCOF),
        Indicators.compute(later, Frameworks.aba2020(), DisclosurePolicy.ASCOF));
  }

  @Test
  void outcomeReportExample_isWhatTheLibraryComputes() throws IOException {
    Map<String, String> examples = examples();
    OutcomeData data = JSON.read(examples.get("Outcome data"), DocumentType.OUTCOME_DATA)
        .getDocument().orElseThrow();
    OutcomeReport computed = outcomeReportExample(data);
    if (Boolean.getBoolean("aba.examples.print")) {
      Files.writeString(Path.of("target/outcome-report-example.json"),
          JSON.writePretty(computed));
    }
    JsonNode example = PLAIN.readTree(examples.get("Outcome report"));
    assertThat(example).isEqualTo(PLAIN.readTree(JSON.writeString(computed)));
    assertThat(JSON.read(examples.get("Outcome report"), DocumentType.OUTCOME_REPORT)
        .getDocument()).contains(computed);
  }
}
