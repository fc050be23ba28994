package org.assetbasedarea.aba.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.IndicatorCatalogue;
import org.assetbasedarea.aba.framework.FrameworkRegistry;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.junit.jupiter.api.Test;

/** Every constraint and cross-field rule of {@link OutcomeData}, with its path and code. */
class OutcomeValidationTest {
  private static final Period YEAR = Period.of(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));

  private static OutcomeData.Builder data() {
    return OutcomeData.builder().framework("aba-2020").area(Area.of("E08000035", "Leeds")).period(YEAR);
  }

  /** One document breaking every rule that can be checked against a known framework. */
  static OutcomeData bad() {
    return OutcomeData.builder()
        .framework("aba-2020")
        .area(Area.of("E08000035", " "))
        .period(Period.of(LocalDate.of(2026, 3, 31), LocalDate.of(2025, 4, 1)))
        .addResponses(
            PersonResponse.of(Ons4Answers.builder().lifeSatisfaction(11).happiness(5).anxiety(-1).build()),
            PersonResponse.builder()
                .loneliness(LonelinessAnswers.builder().lackCompanionship(0).leftOut(4).build())
                .build(),
            PersonResponse.builder().ascof(AscofAnswers.builder().control(5).dignity(0).build())
                .build())
        .addShares(
            ShareFigure.of("ascof-1i1", 5, 4),
            ShareFigure.of("no-such-indicator", 1, 4),
            ShareFigure.of("ascof-1a", 1, 4),
            ShareFigure.of("ascof-1i1", 1, 4),
            ShareFigure.of("ons4-happiness-high", 1, 4),
            ShareFigure.of("loneliness-often-always", -1, 0))
        .addMeans(
            MeanFigure.of("ascof-1i1", 10, 0.5, 0.1),
            MeanFigure.of("ucla3-loneliness", 0, 10, -1),
            MeanFigure.of("ons4-worthwhile", 10, Double.NaN, Double.POSITIVE_INFINITY))
        .addBaselines(
            Baseline.of("ascof-1b", 77.3),
            Baseline.of("ascof-1b", 0.5),
            Baseline.of("no-such-indicator", 0.5),
            Baseline.of("ascof-1a", 30),
            Baseline.of("ons4-anxiety", Double.NaN))
        .build();
  }

  @Test
  void validate_reportsEveryIssueWithPathAndCode_inDocumentOrder() {
    List<Issue> issues = AbaValidator.shared().validate(bad());
    issues.forEach(System.out::println);
    assertThat(issues).extracting(Issue::getPath, Issue::getCode).containsExactly(
        tuple("/area/name", IssueCode.BLANK_TEXT),
        tuple("/period/end", IssueCode.INVALID_PERIOD),
        tuple("/responses/0/ons4/lifeSatisfaction", IssueCode.ANSWER_OUT_OF_RANGE),
        tuple("/responses/0/ons4/anxiety", IssueCode.ANSWER_OUT_OF_RANGE),
        tuple("/responses/1/loneliness/lackCompanionship", IssueCode.ANSWER_OUT_OF_RANGE),
        tuple("/responses/1/loneliness/leftOut", IssueCode.ANSWER_OUT_OF_RANGE),
        tuple("/responses/2/ascof/control", IssueCode.ANSWER_OUT_OF_RANGE),
        tuple("/responses/2/ascof/dignity", IssueCode.ANSWER_OUT_OF_RANGE),
        tuple("/shares/0/numerator", IssueCode.INCONSISTENT_FIGURES),
        tuple("/shares/1/indicator", IssueCode.UNKNOWN_INDICATOR),
        tuple("/shares/2/indicator", IssueCode.INCONSISTENT_FIGURES),
        tuple("/shares/3/indicator", IssueCode.DUPLICATE_INDICATOR),
        tuple("/shares/4/indicator", IssueCode.DUPLICATE_INDICATOR),
        tuple("/shares/5/numerator", IssueCode.VALUE_OUT_OF_RANGE),
        tuple("/shares/5/denominator", IssueCode.VALUE_OUT_OF_RANGE),
        tuple("/means/0/indicator", IssueCode.INCONSISTENT_FIGURES),
        tuple("/means/1/respondents", IssueCode.VALUE_OUT_OF_RANGE),
        tuple("/means/1/mean", IssueCode.VALUE_OUT_OF_RANGE),
        tuple("/means/1/standardDeviation", IssueCode.VALUE_OUT_OF_RANGE),
        tuple("/means/2/mean", IssueCode.VALUE_OUT_OF_RANGE),
        tuple("/means/2/standardDeviation", IssueCode.VALUE_OUT_OF_RANGE),
        tuple("/baselines/0/value", IssueCode.VALUE_OUT_OF_RANGE),
        tuple("/baselines/1/indicator", IssueCode.DUPLICATE_INDICATOR),
        tuple("/baselines/2/indicator", IssueCode.UNKNOWN_INDICATOR),
        tuple("/baselines/3/value", IssueCode.VALUE_OUT_OF_RANGE),
        tuple("/baselines/4/value", IssueCode.VALUE_OUT_OF_RANGE));
  }

  @Test
  void validate_messagesNeverEchoTheDocumentsIds() {
    for (Issue issue : AbaValidator.shared().validate(bad())) {
      assertThat(issue.getMessage()).doesNotContain("no-such-indicator").isNotBlank();
    }
  }

  @Test
  void validate_messagesSayWhatIsWrong() {
    List<Issue> issues = AbaValidator.shared().validate(bad());
    assertThat(issues).filteredOn(i -> i.getPath().equals("/responses/0/ons4/lifeSatisfaction"))
        .extracting(Issue::getMessage).containsExactly("must be from 0 to 10");
    assertThat(issues).filteredOn(i -> i.getPath().equals("/baselines/0/value"))
        .extracting(Issue::getMessage)
        .containsExactly("must be a proportion from 0 to 1 for a share (not a percentage)");
    assertThat(issues).filteredOn(i -> i.getPath().equals("/shares/4/indicator"))
        .extracting(Issue::getMessage).singleElement().asString()
        .contains("person-level responses");
  }

  @Test
  void validate_unknownFramework_isReportedAtFramework_withoutIndicatorIssues() {
    OutcomeData data = data().framework("aba-1999")
        .addShares(ShareFigure.of("ascof-1b", 5, 4))
        .build();
    assertThat(AbaValidator.shared().validate(data))
        .extracting(Issue::getPath, Issue::getCode, Issue::getMessage)
        .containsExactly(tuple("/framework", IssueCode.UNKNOWN_FRAMEWORK,
            "names a framework that is not known (known: aba-2020)"));
  }

  @Test
  void validate_aFigureIsADuplicateOnlyWhenAResponseCountsForIt() {
    // ASCOF answers without all eight domains do not count for 1A, so a 1A figure is fine
    OutcomeData partial = data()
        .addResponses(PersonResponse.builder().ascof(AscofAnswers.builder().control(1).build()).build())
        .addMeans(MeanFigure.of("ascof-1a", 40, 18.2, 4.0))
        .addShares(ShareFigure.of("ascof-1i1", 10, 40))
        .build();
    assertThat(AbaValidator.shared().validate(partial)).isEmpty();
    OutcomeData clash = data()
        .addResponses(PersonResponse.builder().ascof(AscofAnswers.builder().control(1).build()).build())
        .addShares(ShareFigure.of("ascof-1b", 10, 40))
        .build();
    assertThat(AbaValidator.shared().validate(clash)).extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/shares/0/indicator", IssueCode.DUPLICATE_INDICATOR));
  }

  @Test
  void validate_aShareAndAMeanFigureForTheSameIndicator_isADuplicate() {
    OutcomeData data = data()
        .addShares(ShareFigure.of("ascof-1b", 10, 40))
        .addMeans(MeanFigure.of("ascof-1b", 40, 0.25, 0.1))
        .build();
    // the mean names a share indicator: reported as the wrong statistic, once
    assertThat(AbaValidator.shared().validate(data)).extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/means/0/indicator", IssueCode.INCONSISTENT_FIGURES));
  }

  @Test
  void validate_boundaryValues_areAccepted() {
    OutcomeData data = data()
        .period(Period.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 1)))
        .addResponses(
            PersonResponse.of(Ons4Answers.of(0, 10, 0, 10)),
            PersonResponse.builder()
                .loneliness(LonelinessAnswers.ucla(1, 3, 1))
                .ascof(AscofAnswers.of(1, 4, 1, 4, 1, 4, 1, 4))
                .build())
        .addShares(ShareFigure.of("loneliness-often-always", 0, 1))
        .addMeans(MeanFigure.of("ons4-worthwhile", 1, 0, 0))
        .addBaselines(Baseline.of("ascof-1b", 0), Baseline.of("ascof-1i1", 1),
            Baseline.of("ascof-1a", 24), Baseline.of("ucla3-loneliness", 3))
        .build();
    // ons4-worthwhile is answered by a response, so its figure is a duplicate; drop it
    OutcomeData valid = OutcomeData.builder().from(data).means(List.of()).build();
    assertThat(AbaValidator.shared().validate(valid)).isEmpty();
    assertThat(AbaValidator.shared().validate(data)).extracting(Issue::getCode)
        .containsExactly(IssueCode.DUPLICATE_INDICATOR);
  }

  @Test
  void validate_localFramework_needsARegistryThatKnowsIt() {
    OutcomeData data = OutcomeData.builder().framework("local-2026")
        .area(Area.of("E08000035", "Leeds")).period(YEAR)
        .addMeans(MeanFigure.of("own-wellbeing-score", 120, 123.4, 8.1))
        .addShares(ShareFigure.of("ons4-happiness-high", 3, 4))
        .build();
    AbaValidator local = AbaValidator.create(
        FrameworkRegistry.builtIn().with(IndicatorsComputeTest.localFramework()));
    // own indicators have no built-in range; ons4 indicators are not in the local framework
    assertThat(local.validate(data)).extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/shares/0/indicator", IssueCode.UNKNOWN_INDICATOR));
    assertThat(AbaValidator.shared().validate(data)).extracting(Issue::getCode)
        .containsExactly(IssueCode.UNKNOWN_FRAMEWORK);
  }

  @Test
  void plainDefaultValidator_enforcesTheSameConstraints() {
    int expected = AbaValidator.shared().validate(bad()).size();
    try (ValidatorFactory factory = Validation.buildDefaultValidatorFactory()) {
      Validator plain = factory.getValidator();
      Set<ConstraintViolation<OutcomeData>> violations = plain.validate(bad());
      assertThat(violations).hasSize(expected);
      assertThat(plain.validate(data().build())).isEmpty();
    }
  }

  @Test
  void validate_answerTypesOnTheirOwn_reportAnswerOutOfRange() {
    assertThat(AbaValidator.shared().validate(Ons4Answers.builder().worthwhile(12).build()))
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/worthwhile", IssueCode.ANSWER_OUT_OF_RANGE));
    assertThat(AbaValidator.shared().validate(ShareFigure.of("ascof-1b", 0, 0)))
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/denominator", IssueCode.VALUE_OUT_OF_RANGE));
  }

  @Test
  void frameworkIds_ofTheBuiltInFramework_matchTheComputedIndicators() {
    for (var definition : Frameworks.aba2020().getIndicators()) {
      assertThat(Indicators.builtIn(definition.getId())).as(definition.getId()).isNotNegative();
      assertThat(IndicatorCatalogue.find(definition.getId())).contains(definition);
    }
    assertThat(Indicators.builtIn("own-wellbeing-score")).isNegative();
    assertThat(IndicatorCatalogue.find("own-wellbeing-score")).isEmpty();
  }

  /** Validation reads a mean's range from the indicator's definition, not from a table of its own. */
  @Test
  void meanRanges_comeFromTheFrameworksDefinitions() {
    Framework local = Framework.builder().from(IndicatorsComputeTest.localFramework())
        .addIndicators(org.assetbasedarea.aba.framework.IndicatorDefinition.builder()
            .id("own-rating").title("Own rating, 1-5")
            .measure(org.assetbasedarea.aba.framework.Measure.OTHER)
            .statistic(org.assetbasedarea.aba.framework.Statistic.MEAN).higherIsBetter(true)
            .range(org.assetbasedarea.aba.framework.Range.of(1, 5)).build())
        .build();
    OutcomeData data = OutcomeData.builder().framework(local.getId())
        .area(Area.of("E08000035", "Leeds")).period(YEAR)
        .addMeans(MeanFigure.of("own-rating", 40, 5.5, 4.5))
        .addBaselines(Baseline.of("own-rating", 0.5))
        .build();
    AbaValidator validator = AbaValidator.create(FrameworkRegistry.builtIn().with(local));
    assertThat(validator.validate(data)).extracting(Issue::getPath, Issue::getMessage)
        .containsExactly(
            tuple("/means/0/mean", "must be within the indicator's range 1-5"),
            tuple("/means/0/standardDeviation",
                "must be a finite number from 0 to the width of the indicator's range (4)"),
            tuple("/baselines/0/value", "must be within the indicator's range 1-5"));
  }
}
