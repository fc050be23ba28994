package org.assetbasedarea.aba.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.framework.Framework;
import org.assetbasedarea.aba.framework.Frameworks;
import org.assetbasedarea.aba.issues.Issue;
import org.assetbasedarea.aba.issues.IssueCode;
import org.assetbasedarea.aba.testing.OutcomeGenerator;
import org.assetbasedarea.aba.validation.AbaValidator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Survey weights: weighted shares and means, intervals on the Kish effective sample size, exactly
 * today's figures without weights (or with equal ones), and disclosure control on respondents.
 */
class SurveyWeightsTest {
  private static final double Z = 1.959963984540054;
  private static final Framework ABA = Frameworks.aba2020();
  private static final Period YEAR = Period.of(LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));

  private static OutcomeData data(List<PersonResponse> responses) {
    return OutcomeData.builder().framework("aba-2020").area(Area.of("E08000035", "Leeds"))
        .period(YEAR).responses(responses).build();
  }

  private static PersonResponse happiness(int answer, double weight) {
    return PersonResponse.builder().ons4(Ons4Answers.builder().happiness(answer).build())
        .weight(weight).build();
  }

  /**
   * Happiness 4 (weight 1) and 8 (weight 3): mean (4 + 24) / 4 = 7; weighted variance (1 * 9 + 3
   * * 1) / 4 = 3; n_eff = 16 / 10 = 1.6; s^2 = 3 * 1.6 / 0.6 = 8. High (7-10) share: 3 / 4 over
   * n_eff 1.6.
   */
  @Test
  void weightedMeanAndShare_useTheKishEffectiveSampleSize() {
    OutcomeReport report = Indicators.compute(data(List.of(happiness(4, 1), happiness(8, 3))), ABA);
    assertThat(report.isWeighted()).isTrue();
    IndicatorResult mean = report.findIndicator("ons4-happiness").orElseThrow();
    assertThat(mean.getRespondents()).isEqualTo(2);
    assertThat(mean.getEffectiveRespondents()).isCloseTo(1.6, within(1e-12));
    assertThat(mean.getValue()).isCloseTo(7.0, within(1e-12));
    assertThat(mean.getStandardDeviation().orElseThrow()).isCloseTo(Math.sqrt(8), within(1e-12));
    double halfWidth = Z * Math.sqrt(8) / Math.sqrt(1.6);
    assertThat(mean.getInterval().orElseThrow().getLower()).isCloseTo(7 - halfWidth, within(1e-12));
    IndicatorResult high = report.findIndicator("ons4-happiness-high").orElseThrow();
    assertThat(high.getValue()).isCloseTo(0.75, within(1e-15));
    assertThat(high.getInterval()).contains(Interval.wilson(0.75, high.getEffectiveRespondents()));
  }

  /** The weighted figures against a direct computation from the per-person lists. */
  @ParameterizedTest(name = "seed {0}")
  @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10})
  void weightedFigures_matchADirectComputation(long seed) {
    Random random = new Random(seed);
    List<PersonResponse> responses = new ArrayList<>();
    double[] values = new double[5 + random.nextInt(200)];
    double[] weights = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = random.nextInt(11);
      weights[i] = 0.2 + random.nextDouble() * 4.8;
      responses.add(happiness((int) values[i], weights[i]));
    }
    OutcomeReport report = Indicators.compute(data(responses), ABA);
    double w = 0;
    double w2 = 0;
    double wy = 0;
    double wHigh = 0;
    for (int i = 0; i < values.length; i++) {
      w += weights[i];
      w2 += weights[i] * weights[i];
      wy += weights[i] * values[i];
      wHigh += values[i] >= 7 ? weights[i] : 0;
    }
    double mean = wy / w;
    double squares = 0;
    for (int i = 0; i < values.length; i++) {
      squares += weights[i] * (values[i] - mean) * (values[i] - mean);
    }
    double nEff = w * w / w2;
    double sd = Math.sqrt(squares / w * nEff / (nEff - 1));
    IndicatorResult result = report.findIndicator("ons4-happiness").orElseThrow();
    assertThat(result.getValue()).isCloseTo(mean, within(1e-9));
    assertThat(result.getEffectiveRespondents()).isCloseTo(nEff, within(1e-9));
    assertThat(result.getStandardDeviation().orElseThrow()).isCloseTo(sd, within(1e-9));
    assertThat(result.getInterval().orElseThrow().getUpper())
        .isCloseTo(mean + Z * sd / Math.sqrt(nEff), within(1e-9));
    IndicatorResult high = report.findIndicator("ons4-happiness-high").orElseThrow();
    assertThat(high.getValue()).isCloseTo(wHigh / w, within(1e-12));
    assertThat(high.getRespondents()).isEqualTo(values.length);
  }

  /** Equal weights, whatever their value, give exactly the unweighted figures. */
  @ParameterizedTest(name = "weight {0}")
  @ValueSource(doubles = {1.0, 0.1, 3.7, 1e-6, 1e6})
  void equalWeights_giveExactlyTheUnweightedFigures(double weight) {
    for (long seed = 0; seed < 50; seed++) {
      OutcomeData unweighted = OutcomeGenerator.validOutcomeData(new Random(seed));
      List<PersonResponse> weighted = new ArrayList<>();
      for (PersonResponse response : unweighted.getResponses()) {
        weighted.add(PersonResponse.builder().from(response).weight(weight).build());
      }
      OutcomeReport expected = Indicators.compute(unweighted, ABA);
      OutcomeReport actual = Indicators.compute(
          OutcomeData.builder().from(unweighted).responses(weighted).build(), ABA);
      assertThat(actual.getIndicators()).as("seed %d", seed).isEqualTo(expected.getIndicators());
      assertThat(actual.isWeighted()).isEqualTo(!weighted.isEmpty());
    }
  }

  /** A whole-number weight k gives the point estimate of k copies of the response. */
  @Test
  void wholeNumberWeights_giveThePointEstimatesOfCopies() {
    Random random = new Random(5);
    List<PersonResponse> weighted = new ArrayList<>();
    List<PersonResponse> copies = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      int answer = random.nextInt(11);
      int k = 1 + random.nextInt(4);
      weighted.add(happiness(answer, k));
      for (int c = 0; c < k; c++) {
        copies.add(PersonResponse.of(Ons4Answers.builder().happiness(answer).build()));
      }
    }
    OutcomeReport a = Indicators.compute(data(weighted), ABA);
    OutcomeReport b = Indicators.compute(data(copies), ABA);
    for (String id : List.of("ons4-happiness", "ons4-happiness-high")) {
      assertThat(a.findIndicator(id).orElseThrow().getValue())
          .isCloseTo(b.findIndicator(id).orElseThrow().getValue(), within(1e-12));
      // but the weighted interval rests on 60 people, not on the copies
      assertThat(a.findIndicator(id).orElseThrow().getRespondents()).isEqualTo(60);
    }
  }

  /** Two heavily weighted people are still two people: suppressed under the ASCOF rules. */
  @Test
  void disclosureControl_countsRespondentsNotWeights() {
    OutcomeReport report = Indicators.compute(data(List.of(happiness(8, 500), happiness(9, 700))), ABA);
    IndicatorResult mean = report.findIndicator("ons4-happiness").orElseThrow();
    assertThat(mean.getPublished().isSuppressed()).isTrue();
    assertThat(mean.getPublished().getRespondents()).isEmpty();
    List<PersonResponse> nine = new ArrayList<>();
    for (int i = 0; i < 9; i++) {
      nine.add(happiness(i < 2 ? 8 : 3, i < 2 ? 100 : 0.5));
    }
    // 2 of 9 people are "high" though they carry most of the weight: the numerator is 2
    IndicatorResult high = Indicators.compute(data(nine), ABA, DisclosurePolicy.NHS_SMALL_NUMBERS)
        .findIndicator("ons4-happiness-high").orElseThrow();
    assertThat(high.getValue()).isGreaterThan(0.9);
    assertThat(high.getPublished().getMarker()).contains(Marker.CONFIDENTIAL);
  }

  @Test
  void weights_mustBeGivenForEveryResponseOrNone_andWithinBounds() {
    PersonResponse unweighted = PersonResponse.of(Ons4Answers.builder().happiness(5).build());
    OutcomeData data = data(List.of(happiness(5, 1), unweighted, happiness(5, 0),
        happiness(5, Double.NaN), happiness(5, 2e6), happiness(5, 1e6), happiness(5, 1e-6)));
    assertThat(AbaValidator.shared().validate(data))
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(
            tuple("/responses/1/weight", IssueCode.INCONSISTENT_FIGURES),
            tuple("/responses/2/weight", IssueCode.VALUE_OUT_OF_RANGE),
            tuple("/responses/3/weight", IssueCode.VALUE_OUT_OF_RANGE),
            tuple("/responses/4/weight", IssueCode.VALUE_OUT_OF_RANGE));
    assertThat(AbaValidator.shared().validate(data(List.of(unweighted, happiness(5, 1)))))
        .extracting(Issue::getPath, Issue::getCode)
        .containsExactly(tuple("/responses/1/weight", IssueCode.INCONSISTENT_FIGURES));
    assertThatThrownBy(() -> Indicators.compute(data, ABA))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("/responses/1/weight");
  }

  /** Weights at both bounds in one document keep every figure finite. */
  @Test
  void extremeWeights_keepEveryFigureFinite() {
    List<PersonResponse> responses = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      responses.add(happiness(i % 11, i % 2 == 0 ? 1e6 : 1e-6));
    }
    OutcomeReport report = Indicators.compute(data(responses), ABA);
    for (IndicatorResult result : report.getIndicators()) {
      assertThat(Double.isFinite(result.getValue())).isTrue();
      assertThat(result.getEffectiveRespondents()).isBetween(1.0, 50.0);
      result.getInterval().ifPresent(i -> assertThat(Double.isFinite(i.getUpper())).isTrue());
    }
    assertThat(Indicators.compute(data(List.of(happiness(3, 1e6), happiness(9, 1e-6))), ABA)
        .findIndicator("ons4-happiness").orElseThrow().getInterval()).isPresent();
  }
}
