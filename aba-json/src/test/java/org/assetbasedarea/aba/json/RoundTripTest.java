package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.assetbasedarea.aba.assessment.Assessment;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.plan.Plans;
import org.assetbasedarea.aba.scoring.Progress;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.OutcomeGenerator;
import org.assetbasedarea.aba.testing.PlanGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * For every generated valid document: writing then reading gives an equal object, writing twice
 * gives identical bytes, and the written JSON passes the published schema (read from the repository
 * path, validated independently of the library), so schema and library cannot drift.
 */
class RoundTripTest {
  private static final AbaJson JSON = AbaJson.standard();
  private static final int CASES = 80;

  static Stream<Long> seeds() {
    return LongStream.range(0, CASES).mapToObj(i -> AssessmentGenerator.BASE_SEED + i);
  }

  private static <T> void assertRoundTrip(T document, DocumentType<T> type, long seed) {
    byte[] first = JSON.write(document);
    byte[] second = JSON.write(document);
    String text = new String(first, StandardCharsets.UTF_8);
    assertThat(second).as("seed %d: writing twice gives the same bytes", seed).isEqualTo(first);
    assertThat(text).as("seed %d: schemaVersion first", seed).startsWith("{\"schemaVersion\":1,");
    assertThat(PublishedSchemas.errors(type, text))
        .as("seed %d: %s passes the published schema: %s", seed, type, text).isEmpty();
    ReadResult<T> read = JSON.read(first, type);
    assertThat(read.getIssues()).as("seed %d: %s reads back without issues", seed, type).isEmpty();
    assertThat(read.getDocument()).as("seed %d", seed).contains(document);
    assertThat(JSON.write(read.getDocument().orElseThrow()))
        .as("seed %d: rewriting the read document gives the same bytes", seed).isEqualTo(first);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void assessment_scoreReport_progress_roundTrip(long seed) {
    Random random = new Random(seed);
    Assessment earlier = AssessmentGenerator.validAssessment(random);
    assertRoundTrip(earlier, DocumentType.ASSESSMENT, seed);
    ScoreReport earlierReport = Scorer.standard().score(earlier);
    assertRoundTrip(earlierReport, DocumentType.SCORE_REPORT, seed);

    Assessment later = Assessment.builder()
        .from(AssessmentGenerator.validAssessment(random))
        .area(earlier.getArea())
        .assessedOn(earlier.getAssessedOn().plusDays(random.nextInt(400)))
        .build();
    ScoreReport laterReport = Scorer.standard().score(later);
    Progress progress = Scorer.standard().progress(earlierReport, laterReport);
    assertRoundTrip(progress, DocumentType.PROGRESS, seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void plan_roundTrip(long seed) {
    Random random = new Random(seed);
    assertRoundTrip(PlanGenerator.validPlan(random), DocumentType.PLAN, seed);
    Assessment assessment = AssessmentGenerator.validAssessment(random);
    assertRoundTrip(Plans.draft(assessment, Scorer.standard(), assessment.getAssessedOn()),
        DocumentType.PLAN, seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void completeAssessment_scoreReport_roundTrip(long seed) {
    Assessment complete = AssessmentGenerator.completeAssessment(new Random(seed));
    assertRoundTrip(complete, DocumentType.ASSESSMENT, seed);
    assertRoundTrip(Scorer.standard().score(complete), DocumentType.SCORE_REPORT, seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void outcomeData_outcomeReport_roundTrip(long seed) {
    Random random = new Random(seed);
    OutcomeData data = OutcomeGenerator.validOutcomeData(random);
    assertRoundTrip(data, DocumentType.OUTCOME_DATA, seed);
    OutcomeReport report = Indicators.compute(data, Frameworks.aba2020());
    assertRoundTrip(report, DocumentType.OUTCOME_REPORT, seed);
    // weights on every response, a built-in or custom policy, a difference from an earlier period
    OutcomeData weighted = OutcomeDocuments.weighted(random, data);
    assertRoundTrip(weighted, DocumentType.OUTCOME_DATA, seed);
    assertRoundTrip(OutcomeDocuments.report(random, weighted, true), DocumentType.OUTCOME_REPORT,
        seed);
  }

  @Test
  void localFramework_withRangesAndEditions_roundTrips() {
    assertRoundTrip(OutcomeDocuments.localFramework(), DocumentType.FRAMEWORK, 0);
  }

  @Test
  void builtInFramework_roundTrips() {
    Framework framework = Frameworks.aba2020();
    assertRoundTrip(framework, DocumentType.FRAMEWORK, 0);
  }

  @Test
  void approachCatalogues_roundTrip() {
    assertRoundTrip(Frameworks.aba2020Approaches(), DocumentType.APPROACH_CATALOGUE, 0);
    assertRoundTrip(OutcomeDocuments.localCatalogue(), DocumentType.APPROACH_CATALOGUE, 0);
  }

  @Test
  void emptyAssessment_scoresToNullPercentages_andRoundTrips() {
    Assessment empty = AssessmentGenerator.validAssessment(new Random(1), Frameworks.aba2020(), 0);
    ScoreReport report = Scorer.standard().score(empty);
    String json = JSON.writeString(report);
    assertThat(json).contains("\"percentage\":null,\"roundedPercentage\":null,"
        + "\"percentageBand\":null,\"band\":null,\"limiters\":[]");
    assertRoundTrip(report, DocumentType.SCORE_REPORT, 1);
  }

  @Test
  void assessmentOnLeapDay_roundTrips() {
    Assessment assessment = Assessment.builder()
        .from(AssessmentGenerator.validAssessment(new Random(2)))
        .assessedOn(LocalDate.of(2024, 2, 29))
        .build();
    assertRoundTrip(assessment, DocumentType.ASSESSMENT, 2);
  }
}
