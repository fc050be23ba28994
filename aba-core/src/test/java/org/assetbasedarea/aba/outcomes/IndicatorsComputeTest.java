package org.assetbasedarea.aba.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.framework.Action;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.IndicatorCatalogue;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.framework.Grouping;
import org.assetbasedarea.aba.framework.IndicatorDefinition;
import org.assetbasedarea.aba.framework.Measure;
import org.assetbasedarea.aba.framework.Outcome;
import org.assetbasedarea.aba.framework.Statistic;
import org.junit.jupiter.api.Test;

/** {@link Indicators#compute} on hand-worked respondents. */
class IndicatorsComputeTest {
  private static final double Z = 1.959963984540054;
  private static final Framework ABA = Frameworks.aba2020();
  private static final Area LEEDS = Area.of("E08000035", "Leeds");
  private static final Period YEAR = Period.of(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));

  private static OutcomeData.Builder data() {
    return OutcomeData.builder().framework("aba-2020").area(LEEDS).period(YEAR);
  }

  private static PersonResponse ascof(AscofAnswers answers) {
    return PersonResponse.builder().ascof(answers).build();
  }

  /**
   * Five ASCOF respondents. 1A over the four complete ones: 32 - 8 = 24, 32 - 32 = 0, 32 - 20 =
   * 12, 32 - 16 = 16; mean 13, deviations 11, -13, -1, 3, sum of squares 300, s = sqrt(300 / 3) =
   * 10. The fourth person skipped dignity: left out of 1A, still counts for 1B and 1I(1).
   */
  private static List<PersonResponse> ascofRespondents() {
    return List.of(
        ascof(AscofAnswers.of(1, 1, 1, 1, 1, 1, 1, 1)),
        ascof(AscofAnswers.of(4, 4, 4, 4, 4, 4, 4, 4)),
        ascof(AscofAnswers.of(1, 2, 3, 4, 1, 2, 3, 4)),
        ascof(AscofAnswers.builder().control(2).personalCare(1).foodAndDrink(1).accommodation(1)
            .safety(1).socialContact(1).occupation(1).build()),
        ascof(AscofAnswers.of(2, 2, 2, 2, 2, 2, 2, 2)));
  }

  @Test
  void ascof1a_isTheMeanOf32MinusSum_overCompleteRespondentsOnly() {
    OutcomeReport report = Indicators.compute(data().responses(ascofRespondents()).build(), ABA);
    IndicatorResult a = report.findIndicator("ascof-1a").orElseThrow();
    assertThat(a.getRespondents()).isEqualTo(4);
    assertThat(a.getValue()).isEqualTo(13.0);
    assertThat(a.getStatistic()).isEqualTo(Statistic.MEAN);
    assertThat(a.isHigherIsBetter()).isTrue();
    assertThat(a.getInterval().orElseThrow().getLower()).isCloseTo(13 - Z * 10 / 2, within(1e-12));
    assertThat(a.getInterval().orElseThrow().getUpper()).isCloseTo(13 + Z * 10 / 2, within(1e-12));
    assertThat(a.getPublished().getValue()).contains(new BigDecimal("13.0"));
    assertThat(a.getPublished().getRespondents()).hasValue(5);
    assertThat(a.getChange()).isEqualTo(Change.NOT_COMPARABLE);
  }

  @Test
  void ascofPerPersonScore_isEmptyUnlessComplete() {
    assertThat(AscofAnswers.of(1, 2, 3, 4, 1, 2, 3, 4).qualityOfLifeScore()).hasValue(12);
    assertThat(AscofAnswers.builder().control(1).build().qualityOfLifeScore()).isEmpty();
    assertThatThrownBy(() -> AscofAnswers.of(1, 2, 3, 4, 1, 2, 3, 5).qualityOfLifeScore())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void ascof1b_isTheShareCodingControl1Or2_and1i1_theShareCodingSocialContact1() {
    OutcomeReport report = Indicators.compute(data().responses(ascofRespondents()).build(), ABA);
    IndicatorResult b = report.findIndicator("ascof-1b").orElseThrow();
    // control: 1, 4, 1, 2, 2 -> 4 of 5
    assertThat(b.getRespondents()).isEqualTo(5);
    assertThat(b.getValue()).isEqualTo(0.8);
    assertThat(b.getInterval()).contains(Interval.wilson(4, 5));
    assertThat(b.getPublished().getValue()).contains(new BigDecimal("80.0"));
    // social contact: 1, 4, 2, 1, 2 -> 2 of 5
    IndicatorResult i1 = report.findIndicator("ascof-1i1").orElseThrow();
    assertThat(i1.getRespondents()).isEqualTo(5);
    assertThat(i1.getValue()).isEqualTo(0.4);
    assertThat(i1.getPublished().getValue()).contains(new BigDecimal("40.0"));
  }

  @Test
  void ascof1b_onlyControlAnswered_countsForIt_butNot1a() {
    OutcomeReport report = Indicators.compute(
        data().addResponses(ascof(AscofAnswers.builder().control(3).build())).build(), ABA);
    assertThat(report.getIndicators()).extracting(IndicatorResult::getIndicator)
        .containsExactly("ascof-1b");
    IndicatorResult b = report.getIndicators().get(0);
    assertThat(b.getValue()).isEqualTo(0.0);
    assertThat(b.getPublished().isSuppressed()).isTrue();
    assertThat(b.getPublished().getValue()).isEmpty();
    assertThat(b.getPublished().getRespondents()).isEmpty();
  }

  @Test
  void ucla3_isTheMeanOfPerPersonSums_overCompleteRespondents_andLonelinessTheShareOftenOrAlways() {
    List<PersonResponse> people = List.of(
        loneliness(LonelinessAnswers.builder().direct(LonelinessFrequency.OFTEN_OR_ALWAYS)
            .lackCompanionship(1).leftOut(1).isolated(1).build()),
        loneliness(LonelinessAnswers.builder().direct(LonelinessFrequency.NEVER)
            .lackCompanionship(3).leftOut(3).isolated(3).build()),
        loneliness(LonelinessAnswers.builder().direct(LonelinessFrequency.SOME_OF_THE_TIME)
            .lackCompanionship(2).leftOut(3).isolated(1).build()),
        loneliness(LonelinessAnswers.builder().direct(LonelinessFrequency.OFTEN_OR_ALWAYS)
            .lackCompanionship(2).leftOut(2).build()));
    OutcomeReport report = Indicators.compute(data().responses(people).build(), ABA);
    IndicatorResult ucla = report.findIndicator("ucla3-loneliness").orElseThrow();
    // sums 3, 9, 6; the fourth skipped "isolated". Mean 6, s = sqrt((9 + 9 + 0) / 2) = 3
    assertThat(ucla.getRespondents()).isEqualTo(3);
    assertThat(ucla.getValue()).isEqualTo(6.0);
    assertThat(ucla.isHigherIsBetter()).isFalse();
    assertThat(ucla.getInterval().orElseThrow().getUpper())
        .isCloseTo(6 + Z * 3 / Math.sqrt(3), within(1e-12));
    IndicatorResult lonely = report.findIndicator("loneliness-often-always").orElseThrow();
    assertThat(lonely.getRespondents()).isEqualTo(4);
    assertThat(lonely.getValue()).isEqualTo(0.5);
    assertThat(lonely.isHigherIsBetter()).isFalse();
    assertThat(LonelinessAnswers.ucla(2, 3, 1).uclaScore()).hasValue(6);
    assertThat(people.get(3).getLoneliness().orElseThrow().uclaScore()).isEmpty();
  }

  private static PersonResponse loneliness(LonelinessAnswers answers) {
    return PersonResponse.builder().loneliness(answers).build();
  }

  /**
   * ONS4 answers (life satisfaction, worthwhile, happiness, anxiety): (7, 8, 9, 6), (4, 5, 6, 1),
   * (10, 10, 10, 0), (6, skipped, 3, 10).
   */
  private static List<PersonResponse> ons4Respondents() {
    return List.of(
        PersonResponse.of(Ons4Answers.of(7, 8, 9, 6)),
        PersonResponse.of(Ons4Answers.of(4, 5, 6, 1)),
        PersonResponse.of(Ons4Answers.of(10, 10, 10, 0)),
        PersonResponse.of(Ons4Answers.builder().lifeSatisfaction(6).happiness(3).anxiety(10).build()));
  }

  @Test
  void ons4_meansAndHighShares_perItem_skippedItemsLeftOut() {
    OutcomeReport report = Indicators.compute(data().responses(ons4Respondents()).build(), ABA);
    assertMean(report, "ons4-life-satisfaction", 4, 6.75, "6.8");
    assertMean(report, "ons4-worthwhile", 3, 23.0 / 3, "7.7");
    assertMean(report, "ons4-happiness", 4, 7.0, "7.0");
    assertMean(report, "ons4-anxiety", 4, 4.25, "4.3");
    assertMean(report, "ons4-life-satisfaction-high", 4, 0.5, "50.0"); // 7, 10
    assertMean(report, "ons4-worthwhile-high", 3, 2.0 / 3, "66.7"); // 8, 10
    assertMean(report, "ons4-happiness-high", 4, 0.5, "50.0"); // 9, 10
    assertMean(report, "ons4-anxiety-high", 4, 0.5, "50.0"); // 6, 10
    assertThat(report.findIndicator("ons4-anxiety").orElseThrow().isHigherIsBetter()).isFalse();
    assertThat(report.findIndicator("ons4-anxiety-high").orElseThrow().isHigherIsBetter()).isFalse();
  }

  private static void assertMean(
      OutcomeReport report, String id, long n, double value, String published) {
    IndicatorResult result = report.findIndicator(id).orElseThrow();
    assertThat(result.getRespondents()).as(id).isEqualTo(n);
    assertThat(result.getValue()).as(id).isCloseTo(value, within(1e-12));
    assertThat(result.getPublished().getValue()).as(id).contains(new BigDecimal(published));
  }

  @Test
  void ons4_bandDistributions_countEachItemsBands() {
    OutcomeReport report = Indicators.compute(data().responses(ons4Respondents()).build(), ABA);
    assertThat(report.getOns4Bands()).extracting(Ons4Distribution::getItem)
        .containsExactly(Ons4Item.values());
    Ons4Distribution life = report.getOns4Bands().get(0);
    assertThat(life.getRespondents()).isEqualTo(4);
    assertThat(life.getCounts()).containsExactly(
        Map.entry(Ons4Band.LOW, 1L), Map.entry(Ons4Band.MEDIUM, 1L),
        Map.entry(Ons4Band.HIGH, 1L), Map.entry(Ons4Band.VERY_HIGH, 1L));
    Ons4Distribution worthwhile = report.getOns4Bands().get(1);
    assertThat(worthwhile.getRespondents()).isEqualTo(3);
    assertThat(worthwhile.getCounts()).containsExactly(
        Map.entry(Ons4Band.LOW, 0L), Map.entry(Ons4Band.MEDIUM, 1L),
        Map.entry(Ons4Band.HIGH, 1L), Map.entry(Ons4Band.VERY_HIGH, 1L));
    Ons4Distribution anxiety = report.getOns4Bands().get(3);
    assertThat(anxiety.getCounts()).containsExactly(
        Map.entry(Ons4Band.VERY_LOW, 2L), Map.entry(Ons4Band.LOW, 0L),
        Map.entry(Ons4Band.MEDIUM, 0L), Map.entry(Ons4Band.HIGH, 2L));
  }

  @Test
  void report_listsIndicatorsInFrameworkOrder_andOutcomesBesideTheirActions() {
    List<PersonResponse> people = new java.util.ArrayList<>(ons4Respondents());
    people.addAll(ascofRespondents());
    OutcomeReport report = Indicators.compute(data().responses(people).build(), ABA);
    assertThat(report.getFramework()).isEqualTo("aba-2020");
    assertThat(report.getArea()).isEqualTo(LEEDS);
    assertThat(report.getPeriod()).isEqualTo(YEAR);
    assertThat(report.getIndicators()).extracting(IndicatorResult::getIndicator).containsExactly(
        "ons4-life-satisfaction", "ons4-worthwhile", "ons4-happiness", "ons4-anxiety",
        "ons4-life-satisfaction-high", "ons4-worthwhile-high", "ons4-happiness-high",
        "ons4-anxiety-high", "ascof-1a", "ascof-1b", "ascof-1i1");
    assertThat(report.getOutcomes()).extracting(OutcomeResult::getOutcome).containsExactly(
        "live-the-life-they-want", "control-over-daily-life", "relationships-and-connections",
        "wellbeing-and-worthwhile");
    OutcomeResult live = report.getOutcomes().get(0);
    assertThat(live.getIndicators()).extracting(IndicatorResult::getIndicator)
        .containsExactly("ascof-1a", "ons4-life-satisfaction", "ons4-life-satisfaction-high");
    assertThat(live.getActions()).containsExactly("share-power", "asset-based-commissioning",
        "provider-market-development", "value-lived-experience");
    // no loneliness answers: the connections outcome shows only ASCOF 1I(1)
    assertThat(report.getOutcomes().get(2).getIndicators())
        .extracting(IndicatorResult::getIndicator).containsExactly("ascof-1i1");
  }

  @Test
  void noData_givesNoIndicators_butEveryOutcomeWithItsActions() {
    OutcomeReport report = Indicators.compute(data().build(), ABA);
    assertThat(report.getIndicators()).isEmpty();
    assertThat(report.getOns4Bands()).isEmpty();
    assertThat(report.getOutcomes()).hasSize(4)
        .allSatisfy(outcome -> assertThat(outcome.getIndicators()).isEmpty())
        .allSatisfy(outcome -> assertThat(outcome.getActions()).isNotEmpty());
  }

  @Test
  void aggregateFigures_giveIndicatorsNoResponseCountsFor() {
    OutcomeData data = data()
        .addResponses(PersonResponse.of(Ons4Answers.of(7, 7, 7, 2)))
        .addShares(ShareFigure.of("ascof-1b", 312, 400))
        .addMeans(MeanFigure.of("ascof-1a", 400, 19.1, 3.2), MeanFigure.of("ucla3-loneliness", 1, 5, 0))
        .build();
    OutcomeReport report = Indicators.compute(data, ABA);
    IndicatorResult b = report.findIndicator("ascof-1b").orElseThrow();
    assertThat(b.getValue()).isEqualTo(0.78);
    assertThat(b.getRespondents()).isEqualTo(400);
    assertThat(b.getInterval()).contains(Interval.wilson(312, 400));
    assertThat(b.getPublished().getValue()).contains(new BigDecimal("78.0"));
    IndicatorResult a = report.findIndicator("ascof-1a").orElseThrow();
    assertThat(a.getValue()).isEqualTo(19.1);
    assertThat(a.getInterval()).contains(Interval.mean(19.1, 3.2, 400));
    IndicatorResult ucla = report.findIndicator("ucla3-loneliness").orElseThrow();
    assertThat(ucla.getInterval()).isEmpty();
    assertThat(ucla.getPublished().isSuppressed()).isTrue();
    assertThat(report.findIndicator("ons4-happiness").orElseThrow().getPublished().isSuppressed())
        .isTrue();
  }

  @Test
  void baselines_giveChange_respectingWhichDirectionIsBetter() {
    OutcomeData data = data()
        .addShares(ShareFigure.of("ascof-1b", 312, 400), ShareFigure.of("loneliness-often-always",
            80, 400), ShareFigure.of("ascof-1i1", 180, 400))
        .addMeans(MeanFigure.of("ascof-1a", 400, 19.1, 3.2), MeanFigure.of("ons4-anxiety", 1, 3, 0))
        .addBaselines(
            Baseline.of("ascof-1b", 0.70), // 0.78 with interval about 0.737-0.817: above
            Baseline.of("loneliness-often-always", 0.30), // 0.20, interval below 0.30: better
            Baseline.of("ascof-1i1", 0.45), // 0.45 inside the interval
            Baseline.of("ascof-1a", 19.8), // 19.1 +/- 0.31: below, higher is better
            Baseline.of("ons4-anxiety", 5)) // n = 1, no interval
        .build();
    OutcomeReport report = Indicators.compute(data, ABA);
    assertThat(report.getIndicators())
        .extracting(IndicatorResult::getIndicator, IndicatorResult::getChange)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("ons4-anxiety", Change.NOT_COMPARABLE),
            org.assertj.core.groups.Tuple.tuple("loneliness-often-always", Change.IMPROVING),
            org.assertj.core.groups.Tuple.tuple("ascof-1a", Change.WORSENING),
            org.assertj.core.groups.Tuple.tuple("ascof-1b", Change.IMPROVING),
            org.assertj.core.groups.Tuple.tuple("ascof-1i1", Change.NO_SIGNIFICANT_CHANGE));
    assertThat(report.findIndicator("ascof-1b").orElseThrow().getBaseline()).contains(0.70);
  }

  @Test
  void compare_judgesTheDifferenceBetweenPeriods_andKeepsTheFixedBaselines() {
    Period lastYear = Period.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));
    OutcomeReport earlier = Indicators.compute(data()
        .period(lastYear)
        .addShares(ShareFigure.of("ascof-1b", 240, 400))
        .addMeans(MeanFigure.of("ascof-1a", 400, 19.0, 3.2))
        .build(), ABA);
    OutcomeReport later = Indicators.compute(data()
        .addShares(ShareFigure.of("ascof-1b", 312, 400), ShareFigure.of("ascof-1i1", 100, 400))
        .addMeans(MeanFigure.of("ascof-1a", 400, 19.1, 3.2))
        .addBaselines(Baseline.of("ascof-1i1", 0.9))
        .build(), ABA);
    OutcomeReport compared = Indicators.compare(earlier, later);
    IndicatorResult b = compared.findIndicator("ascof-1b").orElseThrow();
    Difference bDifference = b.getDifference().orElseThrow();
    assertThat(bDifference.getEarlierPeriod()).isEqualTo(lastYear);
    assertThat(bDifference.getEarlierValue()).isEqualTo(0.6);
    assertThat(bDifference.getValue()).isCloseTo(0.18, within(1e-12));
    assertThat(bDifference.getInterval()).contains(Interval.newcombe(
        0.78, Interval.wilson(312, 400), 0.6, Interval.wilson(240, 400)));
    assertThat(bDifference.getChange()).isEqualTo(Change.IMPROVING);
    assertThat(bDifference.getPublished().getValue()).contains(new BigDecimal("18.0"));
    assertThat(bDifference.getPublished().getRespondents()).isEmpty();
    // no fixed baseline was given for ascof-1b: comparing periods does not invent one
    assertThat(b.getBaseline()).isEmpty();
    assertThat(b.getChange()).isEqualTo(Change.NOT_COMPARABLE);
    IndicatorResult a = compared.findIndicator("ascof-1a").orElseThrow();
    Difference aDifference = a.getDifference().orElseThrow();
    double halfWidth = Z * Math.sqrt(3.2 * 3.2 / 400 + 3.2 * 3.2 / 400);
    assertThat(aDifference.getInterval().orElseThrow().getLower())
        .isCloseTo(0.1 - halfWidth, within(1e-9));
    assertThat(aDifference.getChange()).isEqualTo(Change.NO_SIGNIFICANT_CHANGE);
    IndicatorResult i1 = compared.findIndicator("ascof-1i1").orElseThrow();
    assertThat(i1.getDifference()).isEmpty();
    assertThat(i1.getBaseline()).contains(0.9);
    assertThat(i1.getChange()).isEqualTo(Change.WORSENING);
    assertThat(compared.getOutcomes().get(1).getIndicators()).containsExactly(b);
    assertThat(compared.getPeriod()).isEqualTo(later.getPeriod());
  }

  @Test
  void compare_rejectsOtherAreasFrameworksAndReversedPeriods() {
    OutcomeReport report = Indicators.compute(data().build(), ABA);
    OutcomeReport otherArea = Indicators.compute(data().area(Area.of("E08000036", "Wakefield")).build(), ABA);
    OutcomeReport earlierPeriod = Indicators.compute(
        data().period(Period.of(LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31))).build(), ABA);
    assertThatThrownBy(() -> Indicators.compare(report, otherArea))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Indicators.compare(report, earlierPeriod))
        .isInstanceOf(IllegalArgumentException.class);
    // two periods must not overlap: the same report twice, or a rolling window
    assertThatThrownBy(() -> Indicators.compare(report, report))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("independent samples");
    OutcomeReport overlapping = Indicators.compute(data().period(Period.of(
        YEAR.getEnd(), YEAR.getEnd().plusYears(1))).build(), ABA);
    assertThatThrownBy(() -> Indicators.compare(report, overlapping))
        .isInstanceOf(IllegalArgumentException.class);
    OutcomeReport nextDay = Indicators.compute(data().period(Period.of(
        YEAR.getEnd().plusDays(1), YEAR.getEnd().plusYears(1))).build(), ABA);
    assertThat(Indicators.compare(report, nextDay).getPeriod()).isEqualTo(nextDay.getPeriod());
    // nor be published under different policies
    OutcomeReport nhs = Indicators.compute(data().period(nextDay.getPeriod()).build(), ABA,
        DisclosurePolicy.NHS_SMALL_NUMBERS);
    assertThatThrownBy(() -> Indicators.compare(report, nhs))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("different disclosure policies cannot be compared ('ascof' and"
            + " 'nhs-small-numbers')");
    assertThat(Indicators.compare(earlierPeriod, report).getIndicators()).isEmpty();
    Framework local = localFramework();
    OutcomeReport localReport = Indicators.compute(
        OutcomeData.builder().framework(local.getId()).area(LEEDS).period(YEAR).build(), local);
    assertThatThrownBy(() -> Indicators.compare(localReport, report))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void compute_rejectsDataForAnotherFramework_andInvalidData() {
    assertThatThrownBy(() -> Indicators.compute(data().build(), localFramework()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Indicators.compute(
        data().addShares(ShareFigure.of("ascof-1b", 5, 4)).build(), ABA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("shares/0/numerator")
        .hasMessageContaining("INCONSISTENT_FIGURES");
    assertThatThrownBy(() -> Indicators.compute(
        data().addResponses(PersonResponse.of(Ons4Answers.of(11, 0, 0, 0))).build(), ABA))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Indicators.compute(
        data().addResponses(loneliness(LonelinessAnswers.ucla(0, 1, 1))).build(), ABA))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Indicators.compute(
        data().addResponses(ascof(AscofAnswers.builder().socialContact(5).build())).build(), ABA))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A local framework with a user-computed, licensed score given as plain numbers. */
  static Framework localFramework() {
    return Framework.builder()
        .id("local-2026")
        .title("A council's local framework")
        .addGroupings(Grouping.of("all", "Everything"))
        .addActions(Action.of("connect", "all", "Connect people", "Help people connect."))
        .addIndicators(
            IndicatorCatalogue.find("ascof-1b").orElseThrow(),
            IndicatorDefinition.of("own-wellbeing-score", "A licensed wellbeing score the council"
                + " computes itself", Measure.OTHER, Statistic.MEAN, true))
        .addOutcomes(Outcome.builder().id("well").title("People are well")
            .addIndicators("own-wellbeing-score", "ascof-1b").addActions("connect").build())
        .build();
  }

  @Test
  void localFramework_takesItsOwnIndicatorsFromFigures_andBuiltInOnesFromAnswers() {
    Framework local = localFramework();
    OutcomeData data = OutcomeData.builder().framework("local-2026").area(LEEDS).period(YEAR)
        .addResponses(ascof(AscofAnswers.builder().control(1).build()),
            ascof(AscofAnswers.builder().control(3).build()),
            ascof(AscofAnswers.builder().control(2).build()))
        .addResponses(PersonResponse.of(Ons4Answers.of(5, 5, 5, 5)))
        .addMeans(MeanFigure.of("own-wellbeing-score", 120, 23.4, 8.1))
        .build();
    OutcomeReport report = Indicators.compute(data, local);
    assertThat(report.getIndicators()).extracting(IndicatorResult::getIndicator)
        .containsExactly("ascof-1b", "own-wellbeing-score");
    assertThat(report.getIndicators().get(0).getValue()).isCloseTo(2.0 / 3, within(1e-15));
    assertThat(report.getIndicators().get(1).getPublished().getValue())
        .contains(new BigDecimal("23.4"));
    assertThat(report.getOutcomes().get(0).getIndicators()).extracting(IndicatorResult::getIndicator)
        .containsExactly("own-wellbeing-score", "ascof-1b");
  }
}
