package org.assetbasedarea.aba.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.networknt.schema.Error;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.outcomes.Difference;
import org.assetbasedarea.aba.outcomes.DisclosurePolicy;
import org.assetbasedarea.aba.outcomes.IndicatorResult;
import org.assetbasedarea.aba.outcomes.Indicators;
import org.assetbasedarea.aba.outcomes.Marker;
import org.assetbasedarea.aba.outcomes.Ons4Answers;
import org.assetbasedarea.aba.outcomes.OutcomeData;
import org.assetbasedarea.aba.outcomes.OutcomeReport;
import org.assetbasedarea.aba.outcomes.OutcomeResult;
import org.assetbasedarea.aba.outcomes.Period;
import org.assetbasedarea.aba.outcomes.PersonResponse;
import org.assetbasedarea.aba.outcomes.PublishedValue;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The outcome statistics on the wire: ranges and editions of indicators, survey weights, the
 * disclosure policy and the weighting of a report, differences between periods and published
 * figures with their markers. Each is written in contract order, read back equal, and refused
 * with the same code at the same pointer by the schema, the reader and the model.
 */
class OutcomeStatisticsJsonTest {
  private static final AbaJson JSON = AbaJson.standard();
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final Area AREA = Area.of("E08000999", "Brackenford (fictional)");
  private static final DisclosurePolicy LOCAL = DisclosurePolicy.builder()
      .id("local-rule").minRespondents(5).minCount(2).roundingBase(1).decimals(2).build();

  /** ONS4 answers with survey weights: life satisfaction and anxiety for each person. */
  private static OutcomeData data(Period period, int[] lifeSatisfaction, double[] weights) {
    List<PersonResponse> responses = new ArrayList<>();
    for (int i = 0; i < lifeSatisfaction.length; i++) {
      PersonResponse.Builder response = PersonResponse.builder().ons4(Ons4Answers.builder()
          .lifeSatisfaction(lifeSatisfaction[i]).anxiety(i % 4).build());
      if (weights.length > 0) {
        response.weight(weights[i]);
      }
      responses.add(response.build());
    }
    return OutcomeData.builder().framework(Frameworks.ABA_2020_ID).area(AREA).period(period)
        .responses(responses).build();
  }

  /** A weighted report under a custom policy, compared with an earlier period. */
  static OutcomeReport comparedReport() {
    OutcomeData earlier = data(Period.of(LocalDate.of(2024, 10, 1), LocalDate.of(2025, 2, 28)),
        new int[] {4, 5, 6, 6, 7, 5, 3, 8, 6, 5},
        new double[] {1.2, 0.8, 1, 1, 1.5, 0.5, 1, 1, 2, 1});
    OutcomeData later = data(Period.of(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 2, 28)),
        new int[] {7, 8, 6, 9, 7, 8, 10, 6, 7, 8, 9, 7},
        new double[] {1, 1.25, 0.75, 1, 1, 2, 0.5, 1, 1, 1.5, 1, 0.5});
    return Indicators.compare(Indicators.compute(earlier, Frameworks.aba2020(), LOCAL),
        Indicators.compute(later, Frameworks.aba2020(), LOCAL));
  }

  private static List<String> names(JsonNode object) {
    List<String> names = new ArrayList<>();
    object.properties().forEach(member -> names.add(member.getKey()));
    return names;
  }

  private static ObjectNode tree(Object document) {
    return (ObjectNode) PLAIN.readTree(JSON.writeString(document));
  }

  private static <T> T roundTrip(T document, DocumentType<T> type) {
    byte[] json = JSON.write(document);
    assertThat(PublishedSchemas.errors(type, new String(json, StandardCharsets.UTF_8))).isEmpty();
    ReadResult<T> read = JSON.read(json, type);
    assertThat(read.getIssues()).isEmpty();
    assertThat(read.getDocument()).contains(document);
    assertThat(JSON.write(read.getDocument().orElseThrow())).isEqualTo(json);
    return read.getDocument().orElseThrow();
  }

  // -- the outcome report ------------------------------------------------------------------------

  @Test
  void comparedWeightedReport_underACustomPolicy_writesEveryFieldInContractOrder() {
    OutcomeReport report = comparedReport();
    assertThat(report.isWeighted()).isTrue();
    JsonNode tree = tree(report);
    assertThat(names(tree)).containsExactly("schemaVersion", "framework", "area", "period",
        "disclosure", "weighted", "indicators", "ons4Bands", "outcomes");
    assertThat(tree.get("disclosure").toString()).isEqualTo("{\"id\":\"local-rule\","
        + "\"minRespondents\":5,\"minCount\":2,\"roundingBase\":1,\"decimals\":2}");
    assertThat(tree.get("weighted").asBoolean()).isTrue();
    JsonNode indicator = tree.get("indicators").get(0);
    assertThat(names(indicator)).containsExactly("indicator", "statistic", "higherIsBetter",
        "respondents", "effectiveRespondents", "value", "standardDeviation", "interval",
        "baseline", "change", "difference", "published");
    assertThat(names(indicator.get("difference"))).containsExactly("earlierPeriod",
        "earlierValue", "value", "interval", "change", "published");
    assertThat(indicator.get("difference").get("earlierPeriod").toString())
        .isEqualTo("{\"start\":\"2024-10-01\",\"end\":\"2025-02-28\"}");
    assertThat(names(indicator.get("published"))).containsExactly("policy", "marker", "value",
        "lower", "upper", "respondents");
    assertThat(indicator.get("published").get("policy").asString()).isEqualTo("local-rule");
    assertThat(indicator.get("published").get("marker").isNull()).isTrue();
    // the difference rests on no count of its own: its respondents are null
    assertThat(indicator.get("difference").get("published").get("respondents").isNull())
        .isTrue();
    for (JsonNode result : tree.get("indicators")) {
      assertThat(result.get("difference").isObject()).as(result.get("indicator").asString())
          .isTrue();
      assertThat(result.get("effectiveRespondents").asDouble())
          .isLessThan(result.get("respondents").asDouble());
    }
    roundTrip(report, DocumentType.OUTCOME_REPORT);
  }

  @Test
  void publishedValues_keepTheirDecimals_asThePolicyRoundsThem() {
    JsonNode published = tree(comparedReport()).get("indicators").get(0).get("published");
    assertThat(published.get("value").toString()).matches("-?[0-9]+\\.[0-9]{2}");
    assertThat(published.get("lower").toString()).matches("-?[0-9]+\\.[0-9]{2}");
    assertThat(published.get("upper").toString()).matches("-?[0-9]+\\.[0-9]{2}");
  }

  @Test
  void uncomparedReport_writesNullDifferences_andMeansHaveAStandardDeviation() {
    OutcomeData data = data(Period.of(LocalDate.of(2025, 10, 1), LocalDate.of(2026, 2, 28)),
        new int[] {7, 8, 6}, new double[0]);
    OutcomeReport report = Indicators.compute(data, Frameworks.aba2020());
    JsonNode tree = tree(report);
    assertThat(tree.get("weighted").asBoolean()).isFalse();
    assertThat(tree.get("disclosure").get("id").asString()).isEqualTo("ascof");
    for (JsonNode result : tree.get("indicators")) {
      assertThat(result.has("difference") && result.get("difference").isNull()).isTrue();
      assertThat(result.get("effectiveRespondents").asDouble())
          .isEqualTo(result.get("respondents").asDouble());
      boolean mean = result.get("statistic").asString().equals("MEAN");
      assertThat(result.get("standardDeviation").isNumber()).isEqualTo(mean);
    }
    roundTrip(report, DocumentType.OUTCOME_REPORT);
  }

  /** The report with the first indicator's published value, and its difference's, marked. */
  private static OutcomeReport marked(OutcomeReport report, Marker marker) {
    List<IndicatorResult> results = new ArrayList<>();
    for (IndicatorResult result : report.getIndicators()) {
      if (results.isEmpty()) {
        Difference difference = result.getDifference().orElseThrow();
        result = IndicatorResult.builder().from(result)
            .published(markedValue(result.getPublished(), marker, true))
            .difference(Difference.builder().from(difference)
                .published(markedValue(difference.getPublished(), marker, false)).build())
            .build();
      }
      results.add(result);
    }
    List<OutcomeResult> outcomes = new ArrayList<>();
    for (OutcomeResult outcome : report.getOutcomes()) {
      List<IndicatorResult> indicators = new ArrayList<>();
      for (IndicatorResult indicator : outcome.getIndicators()) {
        indicators.add(results.stream()
            .filter(r -> r.getIndicator().equals(indicator.getIndicator())).findFirst()
            .orElseThrow());
      }
      outcomes.add(OutcomeResult.builder().from(outcome).indicators(indicators).build());
    }
    return OutcomeReport.builder().from(report).indicators(results).outcomes(outcomes).build();
  }

  private static PublishedValue markedValue(PublishedValue value, Marker marker,
      boolean counted) {
    PublishedValue.Builder builder = PublishedValue.builder().policy(value.getPolicy())
        .marker(marker);
    if (counted) {
      builder.respondents(value.getRespondents());
    }
    return builder.build();
  }

  @ParameterizedTest
  @EnumSource(Marker.class)
  void everyMarker_isWrittenAsItsSymbol_andReadBack(Marker marker) {
    OutcomeReport report = marked(comparedReport(), marker);
    JsonNode indicator = tree(report).get("indicators").get(0);
    assertThat(indicator.get("published").toString()).isEqualTo("{\"policy\":\"local-rule\","
        + "\"marker\":\"" + marker.symbol() + "\",\"value\":null,\"lower\":null,\"upper\":null,"
        + "\"respondents\":12}");
    assertThat(indicator.get("difference").get("published").toString())
        .isEqualTo("{\"policy\":\"local-rule\",\"marker\":\"" + marker.symbol()
            + "\",\"value\":null,\"lower\":null,\"upper\":null,\"respondents\":null}");
    OutcomeReport read = roundTrip(report, DocumentType.OUTCOME_REPORT);
    assertThat(read.getIndicators().get(0).getPublished().getMarker()).contains(marker);
    assertThat(read.getIndicators().get(0).getPublished().isSuppressed())
        .isEqualTo(marker == Marker.CONFIDENTIAL);
    // on its own, through the module, as a caller's mapper binds it
    assertThat(ModuleContractTest.SPRING_BOOT.writeValueAsString(marker))
        .isEqualTo("\"" + marker.symbol() + "\"");
    assertThat(ModuleContractTest.SPRING_BOOT.readValue("\"" + marker.symbol() + "\"",
        Marker.class)).isEqualTo(marker);
  }

  @ParameterizedTest
  @ValueSource(strings = {"[C]", "c", "CONFIDENTIAL", "[c] ", ""})
  void markerThatIsNoSymbol_isAnInvalidValue_forSchemaAndReader(String symbol) {
    ObjectNode tree = tree(marked(comparedReport(), Marker.CONFIDENTIAL));
    ((ObjectNode) tree.get("indicators").get(0).get("published")).put("marker", symbol);
    assertThat(JSON.read(tree.toString(), DocumentType.OUTCOME_REPORT).getIssues())
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/indicators/0/published/marker", IssueCode.INVALID_VALUE));
    assertThat(PublishedSchemas.errors(DocumentType.OUTCOME_REPORT, tree))
        .extracting(error -> error.getInstanceLocation().toString())
        .containsExactly("/indicators/0/published/marker");
  }

  @Test
  void markerBesideAValue_orNeither_isInconsistent() {
    ObjectNode both = tree(comparedReport());
    ((ObjectNode) both.get("indicators").get(0).get("published")).put("marker", "[x]");
    ObjectNode neither = tree(comparedReport());
    ((ObjectNode) neither.get("indicators").get(0).get("published")).putNull("value");
    for (ObjectNode tree : List.of(both, neither)) {
      assertThat(PublishedSchemas.errors(DocumentType.OUTCOME_REPORT, tree)).isEmpty();
      assertThat(JSON.read(tree.toString(), DocumentType.OUTCOME_REPORT).getIssues())
          .extracting(Issue::getPath, Issue::getCode)
          .containsExactly(tuple("/indicators/0/published", IssueCode.CONSTRAINT_VIOLATED));
    }
  }

  @Test
  void oldPublishedShape_withSuppressed_isRefused() {
    ObjectNode tree = tree(comparedReport());
    ObjectNode published = (ObjectNode) tree.get("indicators").get(0).get("published");
    published.remove("marker");
    published.put("suppressed", false);
    assertThat(JSON.read(tree.toString(), DocumentType.OUTCOME_REPORT).getIssues())
        .extracting(Issue::getPath, Issue::getCode).containsExactlyInAnyOrder(
            tuple("/indicators/0/published/marker", IssueCode.MISSING_FIELD),
            tuple("/indicators/0/published/suppressed", IssueCode.UNKNOWN_FIELD));
  }

  @Test
  void disclosurePolicyOutOfBounds_isValueOutOfRange() {
    ObjectNode tree = tree(comparedReport());
    ((ObjectNode) tree.get("disclosure")).put("decimals", 7).put("roundingBase", 0);
    ((ObjectNode) tree.get("disclosure")).put("id", "Local Rule");
    assertThat(JSON.read(tree.toString(), DocumentType.OUTCOME_REPORT).getIssues())
        .extracting(Issue::getPath, Issue::getCode).containsExactlyInAnyOrder(
            tuple("/disclosure/id", IssueCode.INVALID_VALUE),
            tuple("/disclosure/roundingBase", IssueCode.VALUE_OUT_OF_RANGE),
            tuple("/disclosure/decimals", IssueCode.VALUE_OUT_OF_RANGE));
    assertThat(PublishedSchemas.errors(DocumentType.OUTCOME_REPORT, tree)).hasSize(3);
  }

  // -- survey weights ----------------------------------------------------------------------------

  @Test
  void weights_areWrittenAfterTheAnswers_andOmittedWhenAbsent() {
    OutcomeData weighted = data(Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
        new int[] {7, 8}, new double[] {0.5, 1000000});
    assertThat(JSON.writeString(weighted)).contains("\"responses\":["
        + "{\"ons4\":{\"lifeSatisfaction\":7,\"anxiety\":0},\"weight\":0.5},"
        + "{\"ons4\":{\"lifeSatisfaction\":8,\"anxiety\":1},\"weight\":1000000.0}]");
    roundTrip(weighted, DocumentType.OUTCOME_DATA);
    OutcomeData unweighted = data(weighted.getPeriod(), new int[] {7, 8}, new double[0]);
    assertThat(JSON.writeString(unweighted)).doesNotContain("weight");
    roundTrip(unweighted, DocumentType.OUTCOME_DATA);
  }

  /**
   * A weight out of range gets one code at one pointer, whoever judges it: the library's schema
   * check, the published schema (an independent validator), the model's rules and the reader.
   */
  @ParameterizedTest
  @ValueSource(strings = {"0", "-1", "0.0000009", "0.00000099999999999", "1000000.5", "1e7",
      "1e300"})
  void weightOutOfRange_sameCodeAndPointer_fromSchemaValidatorAndReader(String weight) {
    OutcomeData valid = data(Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
        new int[] {7, 8}, new double[] {1, 1});
    String json = JSON.writeString(valid).replace("\"weight\":1.0}]", "\"weight\":" + weight
        + "}]");
    assertThat(json).contains("\"weight\":" + weight);
    List<At> expected = List.of(new At("/responses/1/weight",
        IssueCode.VALUE_OUT_OF_RANGE));

    JsonNode tree = PLAIN.readTree(json);
    assertThat(SchemaCheck.of(DocumentType.OUTCOME_DATA).check(tree))
        .extracting(issue -> new At(issue.getPath(), issue.getCode()))
        .as("the library's schema check").isEqualTo(expected);
    assertThat(PublishedSchemas.errors(DocumentType.OUTCOME_DATA, tree))
        .extracting(Error::getInstanceLocation).extracting(Object::toString)
        .as("the published schema").containsExactly("/responses/1/weight");
    assertThat(JSON.read(json, DocumentType.OUTCOME_DATA).getIssues())
        .extracting(issue -> new At(issue.getPath(), issue.getCode()))
        .as("the reader").isEqualTo(expected);
    // the bounds as people write them, as the model's rule words them
    assertThat(JSON.read(json, DocumentType.OUTCOME_DATA).getIssues().get(0).getMessage())
        .contains("from 0.000001 to 1000000");
    double parsed = Double.parseDouble(weight);
    if (!(parsed >= OutcomeData.MIN_WEIGHT && parsed <= OutcomeData.MAX_WEIGHT)) {
      // the model's rule, on the value a double can hold (0.00000099999999999 is 1e-6 as a
      // double: only the schema, reading decimals, sees it is below)
      List<PersonResponse> responses = new ArrayList<>(valid.getResponses());
      responses.set(1, PersonResponse.builder().from(responses.get(1)).weight(parsed).build());
      assertThat(AbaValidator.shared().validate(
              OutcomeData.builder().from(valid).responses(responses).build()))
          .extracting(issue -> new At(issue.getPath(), issue.getCode()))
          .as("the model's rules").isEqualTo(expected);
    }
  }

  /** A path and a code, compared as a pair. */
  record At(String path, IssueCode code) {}

  @Test
  void weightOnSomeResponsesOnly_isInconsistentFigures_whichOnlyTheValidatorSees() {
    OutcomeData valid = data(Period.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)),
        new int[] {7, 8, 9}, new double[] {1, 2, 3});
    ObjectNode tree = tree(valid);
    ((ObjectNode) tree.get("responses").get(1)).remove("weight");
    assertThat(PublishedSchemas.errors(DocumentType.OUTCOME_DATA, tree)).isEmpty();
    assertThat(JSON.read(tree.toString(), DocumentType.OUTCOME_DATA).getIssues())
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/responses/1/weight", IssueCode.INCONSISTENT_FIGURES));
    ((ObjectNode) tree.get("responses").get(1)).putNull("weight");
    assertThat(JSON.read(tree.toString(), DocumentType.OUTCOME_DATA).getIssues())
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/responses/1/weight", IssueCode.MISSING_FIELD));
  }

  // -- ranges and editions of indicators ---------------------------------------------------------

  @Test
  void builtInFramework_writesRangesOfMeans_andEditionsOfAscof_omittingWhatIsAbsent() {
    JsonNode indicators = tree(Frameworks.aba2020()).get("indicators");
    for (JsonNode indicator : indicators) {
      String id = indicator.get("id").asString();
      assertThat(indicator.has("range")).as(id)
          .isEqualTo(indicator.get("statistic").asString().equals("MEAN"));
      assertThat(indicator.has("edition")).as(id).isEqualTo(id.startsWith("ascof-"));
    }
    JsonNode first = indicators.get(0);
    assertThat(names(first)).containsExactly("id", "title", "measure", "statistic",
        "higherIsBetter", "range");
    assertThat(first.get("range").toString()).isEqualTo("{\"min\":0.0,\"max\":10.0}");
  }

  @Test
  void localFramework_withRangesAndEditions_roundTrips_andIsValid() {
    Framework framework = OutcomeDocuments.localFramework();
    JsonNode wellbeing = tree(framework).get("indicators").get(0);
    assertThat(names(wellbeing)).containsExactly("id", "title", "measure", "statistic",
        "higherIsBetter", "range", "edition");
    roundTrip(framework, DocumentType.FRAMEWORK);
  }

  private static List<At> frameworkIssues(ObjectNode tree) {
    List<At> issues = new ArrayList<>();
    for (Issue issue : JSON.read(tree.toString(), DocumentType.FRAMEWORK).getIssues()) {
      issues.add(new At(issue.getPath(), issue.getCode()));
    }
    return issues;
  }

  @Test
  void rangeBroken_isReportedAtItsEnd() {
    ObjectNode tree = tree(OutcomeDocuments.localFramework());
    ObjectNode range = (ObjectNode) tree.get("indicators").get(0).get("range");
    range.put("min", 5);
    assertThat(frameworkIssues(tree)).as("min not below max").containsExactly(
        new At("/indicators/0/range/max", IssueCode.INVALID_FRAMEWORK));
    range.put("min", -2e9);
    assertThat(frameworkIssues(tree)).as("beyond 1e9").containsExactly(
        new At("/indicators/0/range/min", IssueCode.VALUE_OUT_OF_RANGE));
    assertThat(PublishedSchemas.errors(DocumentType.FRAMEWORK, tree))
        .extracting(error -> error.getInstanceLocation().toString())
        .containsExactly("/indicators/0/range/min");
    range.remove("min");
    range.put("step", 1);
    assertThat(frameworkIssues(tree)).as("closed, both ends required").containsExactly(
        new At("/indicators/0/range/min", IssueCode.MISSING_FIELD),
        new At("/indicators/0/range/step", IssueCode.UNKNOWN_FIELD));
  }

  @Test
  void rangeOnAShare_isInvalidFramework() {
    ObjectNode tree = tree(OutcomeDocuments.localFramework());
    ((ObjectNode) tree.get("indicators").get(1)).putObject("range").put("min", 0).put("max", 1);
    assertThat(frameworkIssues(tree)).containsExactly(
        new At("/indicators/1/range", IssueCode.INVALID_FRAMEWORK));
  }

  @Test
  void builtInIndicator_definedOtherwise_isInvalidFramework_atTheIndicator() {
    ObjectNode tree = tree(Frameworks.aba2020());
    tree.put("id", "leeds-2026");
    ArrayNode indicators = (ArrayNode) tree.get("indicators");
    ((ObjectNode) indicators.get(0).get("range")).put("max", 11);
    ((ObjectNode) indicators.get(1)).put("title", "A title of our own is fine");
    int ascof = -1;
    for (int i = 0; i < indicators.size(); i++) {
      if (indicators.get(i).get("id").asString().equals("ascof-1b")) {
        ascof = i;
      }
    }
    ((ObjectNode) indicators.get(ascof)).remove("edition");
    assertThat(frameworkIssues(tree)).containsExactly(
        new At("/indicators/0", IssueCode.INVALID_FRAMEWORK),
        new At("/indicators/" + ascof, IssueCode.INVALID_FRAMEWORK));
  }

  @Test
  void editionBlankOrNull_isRefused() {
    ObjectNode tree = tree(OutcomeDocuments.localFramework());
    ((ObjectNode) tree.get("indicators").get(0)).put("edition", " \u200B ");
    assertThat(frameworkIssues(tree)).containsExactly(
        new At("/indicators/0/edition", IssueCode.BLANK_TEXT));
    ((ObjectNode) tree.get("indicators").get(0)).putNull("edition");
    assertThat(frameworkIssues(tree)).containsExactly(
        new At("/indicators/0/edition", IssueCode.MISSING_FIELD));
  }

  @Test
  void publishedValue_boundOnItsOwn_keepsItsScale() {
    PublishedValue value = PublishedValue.builder().policy("ascof").value(new BigDecimal("80.0"))
        .lower(new BigDecimal("69.2")).upper(new BigDecimal("87.7")).respondents(70).build();
    String json = ModuleContractTest.SPRING_BOOT.writeValueAsString(value);
    assertThat(json).isEqualTo("{\"policy\":\"ascof\",\"marker\":null,\"value\":80.0,"
        + "\"lower\":69.2,\"upper\":87.7,\"respondents\":70}");
    assertThat(ModuleContractTest.SPRING_BOOT.readValue(json, PublishedValue.class))
        .isEqualTo(value);
  }

  @Test
  void randomComparedReports_roundTrip() {
    Random random = new Random(11);
    for (int i = 0; i < 20; i++) {
      OutcomeData data = OutcomeDocuments.data(random, random.nextInt(30));
      roundTrip(data, DocumentType.OUTCOME_DATA);
      roundTrip(OutcomeDocuments.report(random, data, true), DocumentType.OUTCOME_REPORT);
    }
  }
}
