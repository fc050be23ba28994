package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.assessment.Evidence;
import org.assetbasedarea.aba.assessment.EvidenceKind;
import org.assetbasedarea.aba.assessment.Participant;
import org.assetbasedarea.aba.assessment.Rating;
import org.assetbasedarea.aba.assessment.Role;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Golden files, compared byte for byte with what the library writes (indented form, plus a final
 * newline): the built-in framework and its catalogue of approaches, score reports of the worked checks of docs/scoring.md and an
 * outcome report with every field.
 * Regenerate after a deliberate change of the wire format with {@code -Daba.golden.update=true},
 * and review the diff. The contract examples under src/test/resources/contract (the assessment
 * example of docs/contracts.md, and a score report in the contract's shape) are checked: the
 * assessment is valid, and the score report has the same field names in the same order.
 */
class GoldenFilesTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static final Path CONTRACT = Path.of("src/test/resources/contract");
  private static final AbaJson JSON = AbaJson.standard();

  private static void assertGolden(String file, Object document) throws IOException {
    String actual = JSON.writePretty(document) + "\n";
    Path path = GOLDEN.resolve(file);
    if (Boolean.getBoolean("aba.golden.update")) {
      Files.writeString(path, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as(file).isEqualTo(Files.readString(path, StandardCharsets.UTF_8));
  }

  @Test
  void framework_aba2020_matchesGolden() throws IOException {
    assertGolden("framework-aba-2020.json", Frameworks.aba2020());
  }

  @Test
  void approachCatalogue_aba2020_matchesGolden() throws IOException {
    assertGolden("approach-catalogue-aba-2020-approaches.json", Frameworks.aba2020Approaches());
  }

  /**
   * An outcome report with every field the contract has: weighted responses, a custom disclosure
   * policy, and differences from an earlier period.
   */
  @Test
  void outcomeReport_comparedWeightedUnderACustomPolicy_matchesGolden() throws IOException {
    assertGolden("outcome-report-compared.json", OutcomeStatisticsJsonTest.comparedReport());
  }

  /** The 100-day challenge drafted from the contract's assessment example, the day after it. */
  @Test
  void planDraftedFromTheContractExample_matchesGolden() throws IOException {
    Assessment example = JSON.read(Files.readString(CONTRACT.resolve("assessment-example.json")),
        DocumentType.ASSESSMENT).getDocument().orElseThrow();
    assertGolden("plan-drafted-from-contract-example.json", org.assetbasedarea.aba.plan.Plans.draft(
        example, Scorer.standard(), example.getAssessedOn().plusDays(1)));
  }

  @Test
  void contractAssessmentExample_isValid_andWritesTheGolden() throws IOException {
    String example = Files.readString(CONTRACT.resolve("assessment-example.json"));
    ReadResult<Assessment> result = JSON.read(example, DocumentType.ASSESSMENT);
    assertThat(result.getIssues()).isEmpty();
    assertGolden("assessment-contract-example.json", result.getDocument().orElseThrow());
    assertGolden("score-report-contract-example.json",
        Scorer.standard().score(result.getDocument().orElseThrow()));
  }

  @Test
  void contractScoreReportExample_hasTheShapeTheLibraryWrites() throws IOException {
    JsonMapper plain = JsonMapper.builder().build();
    JsonNode example = plain.readTree(Files.readString(CONTRACT.resolve("score-report-example.json")));
    JsonNode written = plain.readTree(JSON.writeString(Scorer.standard().score(workedL1())));
    assertThat(fieldPaths(written)).isEqualTo(fieldPaths(example));
    assertThat(PublishedSchemas.errors(DocumentType.SCORE_REPORT, example)).isEmpty();
  }

  /** Worked check: co-produced, all evidenced, groupings 100, 100 and 33.33: L1 applies. */
  @Test
  void workedCheck_weakestGrouping_matchesGolden() throws IOException {
    ScoreReport report = Scorer.standard().score(workedL1());
    assertThat(JSON.writeString(report)).contains("\"percentage\":80.00,\"roundedPercentage\":80,"
        + "\"percentageBand\":\"ESTABLISHED\",\"band\":\"EMERGING\","
        + "\"limiters\":[\"L1_WEAKEST_GROUPING\"]");
    assertGolden("score-report-weakest-grouping.json", report);
  }

  /** Worked check: all rated 4 with lived-experience evidence, but not co-produced: L3. */
  @Test
  void workedCheck_notCoProduced_matchesGolden() throws IOException {
    Assessment.Builder builder = base().addParticipants(Participant.of(Role.COUNCIL, 4));
    for (Action action : Frameworks.aba2020().getActions()) {
      builder.addRatings(Rating.of(action.getId(), 4, lived()));
    }
    ScoreReport report = Scorer.standard().score(builder.build());
    assertThat(JSON.writeString(report)).contains("\"percentageBand\":\"ASSET_BASED\","
        + "\"band\":\"EMERGING\",\"limiters\":[\"L3_NOT_CO_PRODUCED\"]");
    assertGolden("score-report-not-co-produced.json", report);
  }

  /** Nothing rated: INSUFFICIENT, every percentage and band null. */
  @Test
  void nothingRated_matchesGolden() throws IOException {
    ScoreReport report = Scorer.standard().score(
        base().addParticipants(Participant.of(Role.LIVED_EXPERIENCE, 2)).build());
    assertGolden("score-report-nothing-rated.json", report);
  }

  private static Assessment workedL1() {
    Assessment.Builder builder = base()
        .addParticipants(Participant.of(Role.LIVED_EXPERIENCE, 6), Participant.of(Role.COUNCIL, 3));
    int[] workforce = {1, 1, 2};
    int w = 0;
    for (Action action : Frameworks.aba2020().getActions()) {
      int rating = action.getGrouping().equals("workforce-and-enterprise") ? workforce[w++] : 4;
      builder.addRatings(Rating.of(action.getId(), rating, lived()));
    }
    return builder.build();
  }

  private static Assessment.Builder base() {
    return Assessment.builder()
        .framework(Frameworks.ABA_2020_ID)
        .area(Area.of("E08000035", "Leeds"))
        .assessedOn(LocalDate.of(2026, 3, 31));
  }

  private static Evidence lived() {
    return Evidence.of(EvidenceKind.PEOPLES_EXPERIENCE, "Co-production group minutes",
        URI.create("https://example.org/minutes"));
  }

  /** Every field path in document order, with array items collapsed to their first element. */
  private static List<String> fieldPaths(JsonNode node) {
    List<String> paths = new ArrayList<>();
    collect(node, "", paths);
    return paths;
  }

  private static void collect(JsonNode node, String path, List<String> paths) {
    if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        paths.add(path + "/" + field.getKey());
        collect(field.getValue(), path + "/" + field.getKey(), paths);
      }
    } else if (node.isArray() && !node.isEmpty()) {
      collect(node.get(0), path + "/0", paths);
    }
  }
}
