package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.OutcomeGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The reader reports every problem at once: the cross-field rules run on what parsed even when a
 * structural issue keeps the document from binding, and framework rules are reported each at
 * its own pointer.
 */
class EveryIssueAtOnceTest {
  private static final AbaJson JSON = AbaJson.standard();

  @Test
  void invalidEnumValue_doesNotHideDuplicateAndUnknownActions() {
    ObjectNode document = assessmentWithRatings(7, 5, 2);
    ArrayNode participants = (ArrayNode) document.get("participants");
    ((ObjectNode) participants.get(0)).put("role", "BOSS");
    ArrayNode ratings = (ArrayNode) document.get("ratings");
    String firstAction = ratings.get(0).get("action").asString();
    ((ObjectNode) ratings.get(1)).put("action", firstAction);
    ((ObjectNode) ratings.get(2)).put("action", "no-such-action");
    ((ObjectNode) ratings.get(3)).put("rating", 9);
    int withEvidence = 0;
    while (ratings.get(withEvidence).get("evidence").isEmpty()) {
      withEvidence++;
    }
    // The innermost item is left out (the evidence item, not its rating): the rating's action
    // still counts for the duplicate check.
    ((ObjectNode) ratings.get(withEvidence).get("evidence").get(0)).put("kind", "RUMOUR");

    List<Issue> issues = JSON.read(document.toString(), DocumentType.ASSESSMENT).getIssues();

    assertThat(issues).extracting(Issue::getPath, Issue::getCode).contains(
        tuple("/participants/0/role", IssueCode.INVALID_VALUE),
        tuple("/ratings/1/action", IssueCode.DUPLICATE_ACTION),
        tuple("/ratings/2/action", IssueCode.UNKNOWN_ACTION),
        tuple("/ratings/3/rating", IssueCode.RATING_OUT_OF_RANGE),
        tuple("/ratings/" + withEvidence + "/evidence/0/kind", IssueCode.INVALID_VALUE));
    assertThat(issues).allSatisfy(issue -> assertThat(issue.getLine()).isPresent());
  }

  /** Items left out for binding keep their indexes in what the cross-field rules report. */
  @Test
  void pointersAfterALeftOutItem_keepTheirOriginalIndexes() {
    ObjectNode document = assessmentWithRatings(8, 6, 1);
    ArrayNode ratings = (ArrayNode) document.get("ratings");
    ((ObjectNode) ratings.get(0)).put("rating", "three");
    ((ObjectNode) ratings.get(1)).set("extra", document.get("area"));
    ((ObjectNode) ratings.get(5)).put("action", ratings.get(4).get("action").asString());

    List<Issue> issues = JSON.read(document.toString(), DocumentType.ASSESSMENT).getIssues();

    assertThat(issues).extracting(Issue::getPath, Issue::getCode).containsExactly(
        tuple("/ratings/0/rating", IssueCode.WRONG_TYPE),
        tuple("/ratings/1/extra", IssueCode.UNKNOWN_FIELD),
        tuple("/ratings/5/action", IssueCode.DUPLICATE_ACTION));
  }

  @Test
  void outcomeData_wrongTypeInOneFigure_doesNotHideADuplicateIndicator() {
    OutcomeData data = OutcomeGenerator.validOutcomeData(new Random(3), 5);
    ObjectNode document = tree(data);
    ArrayNode baselines = (ArrayNode) document.get("baselines");
    if (baselines.size() < 2) {
      baselines.add(baselines.get(0).deepCopy());
    }
    ((ObjectNode) baselines.get(1)).put("indicator", baselines.get(0).get("indicator").asString());
    ((ObjectNode) baselines.get(1)).set("value", baselines.get(0).get("value"));
    ((ObjectNode) document.get("period")).put("start", "not a date");
    ArrayNode responses = (ArrayNode) document.get("responses");
    ((ObjectNode) responses.get(0)).put("ons4", "ten");

    List<Issue> issues = JSON.read(document.toString(), DocumentType.OUTCOME_DATA).getIssues();

    assertThat(issues).extracting(Issue::getPath, Issue::getCode)
        .contains(tuple("/responses/0/ons4", IssueCode.WRONG_TYPE))
        .contains(tuple("/period/start", IssueCode.INVALID_VALUE));
    // The period does not bind: what cannot be left out (a required object, not an item)
    // keeps the rules from running, and the reader says only what it knows.
    assertThat(issues).extracting(Issue::getCode).doesNotContain(IssueCode.INTERNAL_ERROR);

    ((ObjectNode) document.get("period")).put("start", data.getPeriod().getStart().toString());
    List<Issue> withPeriod =
        JSON.read(document.toString(), DocumentType.OUTCOME_DATA).getIssues();
    assertThat(withPeriod).extracting(Issue::getPath, Issue::getCode).containsExactly(
        tuple("/responses/0/ons4", IssueCode.WRONG_TYPE),
        tuple("/baselines/1/indicator", IssueCode.DUPLICATE_INDICATOR));
  }

  @Test
  void frameworkRuleBreaks_areEachAtTheirPointer_allAtOnce() {
    ObjectNode document = tree(Frameworks.aba2020());
    ArrayNode actions = (ArrayNode) document.get("actions");
    ((ObjectNode) actions.get(3)).put("grouping", "nowhere");
    ((ObjectNode) actions.get(5)).put("id", actions.get(4).get("id").asString());
    ArrayNode outcomes = (ArrayNode) document.get("outcomes");
    ((ArrayNode) outcomes.get(0).get("actions")).add("gone");

    List<Issue> issues = JSON.read(document.toString(), DocumentType.FRAMEWORK).getIssues();

    assertThat(issues).extracting(Issue::getPath, Issue::getCode).contains(
        tuple("/actions/3/grouping", IssueCode.INVALID_FRAMEWORK),
        tuple("/actions/5/id", IssueCode.INVALID_FRAMEWORK),
        tuple("/outcomes/0/actions/" + (outcomes.get(0).get("actions").size() - 1),
            IssueCode.INVALID_FRAMEWORK));
    assertThat(issues).extracting(Issue::getPath).doesNotContain("");
    assertThat(issues).allSatisfy(issue -> assertThat(issue.getLine()).isPresent());
  }

  /** The module reports a framework's broken rules the same way. */
  @Test
  void frameworkRuleBreaks_throughTheModule_areAtTheirPointers() {
    ObjectNode document = tree(Frameworks.aba2020());
    ((ObjectNode) ((ArrayNode) document.get("actions")).get(2)).put("grouping", "nowhere");
    try {
      JSON.mapper().readValue(document.toString(), Framework.class);
      throw new AssertionError("a framework with a broken rule was bound");
    } catch (InvalidDocumentException e) {
      assertThat(e.getIssues()).extracting(Issue::getPath, Issue::getCode)
          .containsExactly(tuple("/actions/2/grouping", IssueCode.INVALID_FRAMEWORK));
    }
  }

  /** A valid assessment with at least this many ratings and participants, as a tree. */
  private static ObjectNode assessmentWithRatings(long seed, int ratings, int participants) {
    Random random = new Random(seed);
    while (true) {
      ObjectNode document = tree(AssessmentGenerator.validAssessment(random));
      if (document.get("ratings").size() >= ratings
          && document.get("participants").size() >= participants) {
        return document;
      }
    }
  }

  private static ObjectNode tree(Object document) {
    JsonNode node = JSON.mapper().readTree(JSON.writeString(document));
    return (ObjectNode) node;
  }

}
