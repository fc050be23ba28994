package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.Tally;
import org.assetbasedarea.aba.testing.AssessmentGenerator;
import org.assetbasedarea.aba.testing.OutcomeGenerator;
import org.assetbasedarea.aba.testing.OutcomeMutations;
import org.assetbasedarea.aba.testing.OutcomeMutations.Kind;
import org.assetbasedarea.aba.testing.OutcomeMutations.Mutation;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Tallies in JSON: the reader gives the same answer as a plain Jakarta Validator on the same
 * value, for every single mutation of a tally ({@link OutcomeMutations}), and a document of
 * tallies reads back to the value written and computes the report of the responses it sums up.
 */
class TallyReadingTest {
  private static final AbaJson JSON = AbaJson.standard();
  private static ValidatorFactory factory;
  private static Validator plain;

  @BeforeAll
  static void buildDefaultValidator() {
    // a plain Jakarta Validator: the default provider and configuration, the message
    // interpolator apart (this module's tests have no expression language on the class path)
    factory = Validation.byDefaultProvider().configure()
        .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    plain = factory.getValidator();
  }

  @AfterAll
  static void closeFactory() {
    factory.close();
  }

  @Test
  void everyTallyMutation_readerAndPlainValidator_giveTheSameOneIssue() {
    int checked = 0;
    int tallyKinds = 0;
    for (int s = 0; s < 60; s++) {
      Random random = new Random(AssessmentGenerator.BASE_SEED + 7L * s);
      for (Kind kind : Kind.values()) {
        if (!kind.name().contains("TALL")) {
          continue; // the tally kinds; the others' pointers and codes differ in JSON by design
        }
        Mutation mutation = OutcomeMutations.mutate(random, kind);
        OutcomeData data = mutation.data();
        if (!representable(data)) {
          continue; // NaN or an infinite weight, a text JSON cannot carry
        }
        ReadResult<OutcomeData> read = JSON.read(JSON.writeString(data), DocumentType.OUTCOME_DATA);
        assertThat(read.getIssues()).as("%s", mutation)
            .extracting(Issue::getPath, Issue::getCode)
            .containsExactly(tuple(mutation.path(), mutation.code()));
        Set<ConstraintViolation<OutcomeData>> violations = plain.validate(data);
        assertThat(violations).as("%s (plain)", mutation)
            .extracting(v -> v.getPropertyPath().toString().replaceAll("\\[(\\d+)\\]", ".$1")
                .replace('.', '/'))
            .containsExactly(mutation.path().substring(1));
        checked++;
        tallyKinds += kind.name().contains("TALL") ? 1 : 0;
      }
    }
    assertThat(tallyKinds).isEqualTo(checked).isEqualTo(60 * 10);
  }

  @Test
  void talliedDocuments_roundTrip_andComputeTheReportOfTheResponses() {
    for (int s = 0; s < 100; s++) {
      Random random = new Random(AssessmentGenerator.BASE_SEED + 13L * s);
      OutcomeData data = OutcomeDocuments.data(random, random.nextInt(60));
      OutcomeData tallied = OutcomeGenerator.moveToTallies(random, data, random.nextBoolean());
      String text = JSON.writeString(tallied);
      assertThat(text.contains("\"tallies\"")).isEqualTo(!tallied.getTallies().isEmpty());
      ReadResult<OutcomeData> read = JSON.read(text, DocumentType.OUTCOME_DATA);
      assertThat(read.getIssues()).as("seed %d", s).isEmpty();
      assertThat(read.getDocument().orElseThrow()).isEqualTo(tallied);
      assertThat(Indicators.compute(read.getDocument().orElseThrow(), Frameworks.aba2020()))
          .isEqualTo(Indicators.compute(data, Frameworks.aba2020()));
    }
  }

  @Test
  void structuralIssues_ofATally_areReportedWithTheirCodes() {
    OutcomeData data = OutcomeGenerator.moveToTallies(new Random(3),
        OutcomeGenerator.validOutcomeData(new Random(3), 30), true);
    ObjectNode tree = (ObjectNode) JsonMapper.shared().readTree(JSON.writeString(data));
    ArrayNode tallies = (ArrayNode) tree.get("tallies");
    assertThat(tallies.size()).isGreaterThan(5);
    ((ObjectNode) tallies.get(0)).put("item", "ONS4_LIFE");
    ((ObjectNode) tallies.get(1)).put("value", 25);
    ((ObjectNode) tallies.get(2)).put("respondents", 2.5);
    ((ObjectNode) tallies.get(3)).putNull("weightSum");
    ((ObjectNode) tallies.get(4)).remove("respondents");
    ((ObjectNode) tallies.get(5)).put("weight", 1.0);
    ReadResult<OutcomeData> read = JSON.read(tree.toString(), DocumentType.OUTCOME_DATA);
    assertThat(read.getIssues()).extracting(Issue::getPath, Issue::getCode).containsExactly(
        tuple("/tallies/0/item", IssueCode.INVALID_VALUE),
        tuple("/tallies/1/value", IssueCode.ANSWER_OUT_OF_RANGE),
        tuple("/tallies/2/respondents", IssueCode.WRONG_TYPE),
        tuple("/tallies/3/weightSum", IssueCode.MISSING_FIELD),
        tuple("/tallies/4/respondents", IssueCode.MISSING_FIELD),
        tuple("/tallies/5/weight", IssueCode.UNKNOWN_FIELD));
    // an empty list reads as no tallies, and is not written back
    tree.set("tallies", JsonMapper.shared().createArrayNode());
    OutcomeData empty = JSON.read(tree.toString(), DocumentType.OUTCOME_DATA).getDocument()
        .orElseThrow();
    assertThat(empty.getTallies()).isEmpty();
    assertThat(JSON.writeString(empty)).doesNotContain("tallies");
  }

  private static boolean representable(OutcomeData data) {
    List<Double> numbers = new ArrayList<>();
    data.getResponses().forEach(r -> r.getWeight().ifPresent(numbers::add));
    for (Tally t : data.getTallies()) {
      t.getWeightSum().ifPresent(numbers::add);
      t.getWeightSquareSum().ifPresent(numbers::add);
      t.getWeightMin().ifPresent(numbers::add);
      t.getWeightMax().ifPresent(numbers::add);
    }
    data.getMeans().forEach(m -> {
      numbers.add(m.getMean());
      numbers.add(m.getStandardDeviation());
    });
    data.getBaselines().forEach(b -> numbers.add(b.getValue()));
    Set<Boolean> finite = numbers.stream().map(Double::isFinite)
        .collect(Collectors.toCollection(TreeSet::new));
    return !finite.contains(false);
  }
}
