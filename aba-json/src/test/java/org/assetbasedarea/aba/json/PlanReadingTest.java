package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Random;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.plan.Plan;
import org.assetbasedarea.aba.testing.PlanGenerator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Reading plans: the codes the reader gives are the validator's, and lost goals are not unknown. */
class PlanReadingTest {
  private static final AbaJson JSON = AbaJson.standard();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static ObjectNode tree() {
    Plan plan = PlanGenerator.richPlan(new Random(7));
    return (ObjectNode) PLAIN.readTree(JSON.writeString(plan));
  }

  private static List<Issue> read(JsonNode tree) {
    return JSON.read(tree.toString(), DocumentType.PLAN).getIssues();
  }

  private static ObjectNode checkOf(String action) {
    ObjectNode check = PLAIN.createObjectNode().put("action", action).put("status", "ON_TRACK");
    ObjectNode checkIn = PLAIN.createObjectNode();
    checkIn.put("on", "2020-01-01");
    checkIn.putArray("goals").add(check);
    return checkIn;
  }

  @Test
  void malformedIdsAndRatings_getTheValidatorsCodes() {
    ObjectNode tree = tree();
    ObjectNode goal = (ObjectNode) tree.get("goals").get(0);
    goal.put("action", "Not An Id");
    goal.put("target", 7);
    goal.putObject("outcomeTarget").put("indicator", "ASCOF 1B").put("value", 0.5);
    ObjectNode check = (ObjectNode) tree.get("checkIns").get(0).get("goals").get(0);
    check.put("action", "No Such Goal");
    assertThat(read(tree)).extracting(Issue::getPath, Issue::getCode).contains(
        tuple("/goals/0/action", IssueCode.UNKNOWN_ACTION),
        tuple("/goals/0/target", IssueCode.RATING_OUT_OF_RANGE),
        tuple("/goals/0/outcomeTarget/indicator", IssueCode.UNKNOWN_INDICATOR),
        tuple("/checkIns/0/goals/0/action", IssueCode.UNKNOWN_GOAL));
  }

  @Test
  void missingOrBrokenGoals_doNotMakeEveryCheckAnUnknownGoal() {
    for (String broken : List.of("missing", "string")) {
      ObjectNode tree = tree();
      if (broken.equals("missing")) {
        tree.remove("goals");
      } else {
        tree.put("goals", "none");
      }
      assertThat(read(tree)).extracting(Issue::getCode).as(broken)
          .doesNotContain(IssueCode.UNKNOWN_GOAL).isNotEmpty();
    }
  }

  @Test
  void tooManyGoals_stillReportsACheckOfAGoalThePlanDoesNotHave() {
    ObjectNode tree = tree();
    ArrayNode goals = (ArrayNode) tree.get("goals");
    JsonNode first = goals.get(0);
    while (goals.size() <= Plan.MAX_GOALS) {
      goals.add(first.deepCopy());
    }
    ((ArrayNode) tree.get("checkIns")).add(checkOf("no-such-goal"));
    int last = tree.get("checkIns").size() - 1;
    assertThat(read(tree)).extracting(Issue::getPath, Issue::getCode).contains(
        tuple("/goals", IssueCode.VALUE_OUT_OF_RANGE),
        tuple("/checkIns/" + last + "/goals/0/action", IssueCode.UNKNOWN_GOAL));
  }

  /** A next step is as long as a plan's step may be, in the published schema and the reader alike. */
  @Test
  void aNextStepLongerThanAPlanStep_isRefusedByTheSchemaAndTheReader() {
    ObjectNode framework = (ObjectNode) PLAIN.readTree(
        JSON.writeString(org.assetbasedarea.aba.framework.Frameworks.aba2020()));
    ObjectNode level = (ObjectNode) framework.get("actions").get(0).get("levels").get(0);
    ((ArrayNode) level.get("nextSteps")).set(0, "x".repeat(1000));
    assertThat(JSON.read(framework.toString(), DocumentType.FRAMEWORK).getIssues()).isEmpty();
    assertThat(PublishedSchemas.errors(DocumentType.FRAMEWORK, framework.toString())).isEmpty();
    ((ArrayNode) level.get("nextSteps")).set(0, "x".repeat(1001));
    assertThat(JSON.read(framework.toString(), DocumentType.FRAMEWORK).getIssues())
        .extracting(Issue::getCode).containsExactly(IssueCode.TEXT_TOO_LONG);
    assertThat(PublishedSchemas.errors(DocumentType.FRAMEWORK, framework.toString())).isNotEmpty();
  }
}
