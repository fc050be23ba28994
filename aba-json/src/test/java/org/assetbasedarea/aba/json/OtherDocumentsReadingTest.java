package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.Random;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.outcomes.Ons4Answers;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.PersonResponse;
import org.assetbasedarea.aba.scoring.ScoreReport;
import org.assetbasedarea.aba.scoring.Scorer;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.OutcomeGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Reading the framework, score report and outcome documents: their rules reach the issue list. */
class OtherDocumentsReadingTest {
  private static final AbaJson JSON = AbaJson.standard();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static ObjectNode tree(Object document) {
    return (ObjectNode) PLAIN.readTree(JSON.writeString(document));
  }

  @Test
  void outcomeData_answerOutOfRange_isReportedByReaderAndSchema() {
    OutcomeData data = OutcomeData.builder()
        .from(OutcomeGenerator.validOutcomeData(new Random(3), 0))
        .shares(java.util.List.of())
        .means(java.util.List.of())
        .addResponses(PersonResponse.of(Ons4Answers.builder().lifeSatisfaction(7).build()))
        .build();
    ObjectNode tree = tree(data);
    ((ObjectNode) tree.get("responses").get(0).get("ons4")).put("lifeSatisfaction", 11);
    ReadResult<OutcomeData> result = JSON.read(tree.toString(), DocumentType.OUTCOME_DATA);
    assertThat(result.getIssues()).extracting(Issue::getPath, Issue::getCode).containsExactly(
        tuple("/responses/0/ons4/lifeSatisfaction", IssueCode.ANSWER_OUT_OF_RANGE));
    assertThat(PublishedSchemas.errors(DocumentType.OUTCOME_DATA, tree)).isNotEmpty();
  }

  @Test
  void outcomeData_crossFieldRules_comeFromTheValidator() {
    ObjectNode tree = tree(OutcomeGenerator.validOutcomeData(new Random(4), 0));
    ((ObjectNode) tree.get("period")).put("end", "2000-01-01");
    tree.putArray("shares").addObject()
        .put("indicator", "ascof-1b").put("numerator", 9).put("denominator", 3);
    tree.putArray("means");
    ReadResult<OutcomeData> result = JSON.read(tree.toString(), DocumentType.OUTCOME_DATA);
    assertThat(result.getIssues()).extracting(Issue::getCode)
        .contains(IssueCode.INVALID_PERIOD, IssueCode.INCONSISTENT_FIGURES);
    assertThat(result.getIssues()).allSatisfy(issue -> assertThat(issue.getLine()).isPresent());
  }

  @Test
  void scoreReport_outOfRangeAndUnknownValues_areReported() {
    ScoreReport report = Scorer.standard().score(
        AssessmentGenerator.completeAssessment(new Random(5)));
    ObjectNode tree = tree(report);
    ((ObjectNode) tree.get("overall")).put("percentage", 120);
    ((ObjectNode) tree.get("groupings").get(0)).put("band", "GREAT");
    tree.put("status", "DONE");
    ReadResult<ScoreReport> result = JSON.read(tree.toString(), DocumentType.SCORE_REPORT);
    assertThat(result.getIssues()).extracting(Issue::getPath, Issue::getCode).containsExactly(
        tuple("/status", IssueCode.INVALID_VALUE),
        tuple("/groupings/0/band", IssueCode.INVALID_VALUE),
        tuple("/overall/percentage", IssueCode.VALUE_OUT_OF_RANGE));
  }

  @Test
  void scoreReport_inconsistentCounts_areAConstraintIssue_notAnException() {
    ObjectNode tree = tree(Scorer.standard().score(
        AssessmentGenerator.completeAssessment(new Random(6))));
    ((ObjectNode) tree.get("overall")).put("rated", 9);
    ReadResult<ScoreReport> result = JSON.read(tree.toString(), DocumentType.SCORE_REPORT);
    assertThat(result.getIssues()).extracting(Issue::getCode)
        .containsExactly(IssueCode.CONSTRAINT_VIOLATED);
  }

  @Test
  void framework_brokenInvariant_isInvalidFramework() {
    ObjectNode tree = tree(Frameworks.aba2020());
    ((ObjectNode) tree.get("actions").get(0)).put("grouping", "no-such-grouping");
    ReadResult<?> result = JSON.read(tree.toString(), DocumentType.FRAMEWORK);
    assertThat(result.getIssues()).extracting(Issue::getCode)
        .containsExactly(IssueCode.INVALID_FRAMEWORK);
    assertThat(result.getIssues().get(0).getMessage()).contains("no-such-grouping");
  }

  @Test
  void localFramework_isReadAndUsedForAssessments() {
    ObjectNode tree = tree(Frameworks.aba2020());
    tree.put("id", "leeds-2026");
    ReadResult<org.assetbasedarea.aba.framework.Framework> framework =
        JSON.read(tree.toString(), DocumentType.FRAMEWORK);
    assertThat(framework.getIssues()).isEmpty();
    // the generated assessment's evidence names built-in approaches: the local framework gets a
    // copy of the built-in catalogue
    org.assetbasedarea.aba.framework.ApproachCatalogue approaches =
        org.assetbasedarea.aba.framework.ApproachCatalogue.builder()
            .from(Frameworks.aba2020Approaches()).id("leeds-2026-approaches")
            .framework("leeds-2026").build();
    AbaJson local = AbaJson.builder()
        .registry(org.assetbasedarea.aba.framework.FrameworkRegistry.builtIn()
            .with(framework.getDocument().orElseThrow()).with(approaches))
        .build();
    ObjectNode assessment = tree(AssessmentGenerator.completeAssessment(new Random(8)));
    assessment.put("framework", "leeds-2026");
    assertThat(local.read(assessment.toString(), DocumentType.ASSESSMENT).isValid()).isTrue();
    assertThat(JSON.read(assessment.toString(), DocumentType.ASSESSMENT).getIssues())
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/framework", IssueCode.UNKNOWN_FRAMEWORK));
  }
}
