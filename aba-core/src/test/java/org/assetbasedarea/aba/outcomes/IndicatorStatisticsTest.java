package org.assetbasedarea.aba.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The pure statistic functions: {@link Interval}, {@link Change}, {@link DisclosurePolicy}. */
class IndicatorStatisticsTest {

  // -- Wilson score interval --------------------------------------------------------------------

  /**
   * Newcombe R.G. (1998), "Two-sided confidence intervals for the single proportion: comparison of
   * seven methods", Statistics in Medicine 17:857-872, Table I, method 3 (score interval without
   * continuity correction), given there to four decimal places. The same four rows are quoted as
   * reference values by several independent open-source test suites (found with the project's
   * code search), which corroborates the transcription.
   */
  @ParameterizedTest(name = "{0} of {1} -> {2} to {3}")
  @CsvSource({
    "81, 263, 0.2553, 0.3662",
    "15, 148, 0.0624, 0.1605",
    "0, 20, 0.0000, 0.1611",
    "1, 29, 0.0061, 0.1718"
  })
  void wilson_matchesNewcombe1998TableOne(long x, long n, double lower, double upper) {
    Interval interval = Interval.wilson(x, n);
    assertThat(interval.getLower()).isCloseTo(lower, within(0.00005));
    assertThat(interval.getUpper()).isCloseTo(upper, within(0.00005));
  }

  /**
   * R's {@code prop.test(x, n, correct = FALSE)} (the Wilson interval), as recorded in the snapshot
   * tests of the R package {@code cards} (insightsengineering/cards,
   * tests/testthat/_snaps/proportion_ci.md): 0 of 32 gives 0 to 0.1071792, 32 of 32 gives
   * 0.8928208 to 1, to R's seven printed digits.
   */
  @Test
  void wilson_matchesRPropTestWithoutCorrection() {
    assertThat(Interval.wilson(0, 32).getUpper()).isCloseTo(0.1071792, within(0.00000005));
    assertThat(Interval.wilson(32, 32).getLower()).isCloseTo(0.8928208, within(0.00000005));
  }

  /**
   * With x = 0 the Wilson upper end has the closed form z^2 / (n + z^2): for n = 10 that is
   * 3.841459 / 13.841459 = 0.27753 (0.2775 to four places, the commonly quoted value).
   */
  @Test
  void wilson_zeroOfTen_isZeroToTheClosedForm() {
    Interval interval = Interval.wilson(0, 10);
    double z2 = Interval.Z * Interval.Z;
    assertThat(interval.getLower()).isEqualTo(0.0);
    assertThat(interval.getUpper()).isCloseTo(z2 / (10 + z2), within(1e-15));
    assertThat(interval.getUpper()).isCloseTo(0.2775, within(0.00005));
  }

  @Test
  void wilson_allInCategory_hasUpperEndExactlyOne() {
    assertThat(Interval.wilson(10, 10).getUpper()).isEqualTo(1.0);
    assertThat(Interval.wilson(10, 10).getLower()).isCloseTo(1 - 0.2775, within(0.00005));
    assertThat(Interval.wilson(1, 1).getLower()).isGreaterThan(0).isLessThan(1);
  }

  @Test
  void wilson_isSymmetricUnderComplement() {
    for (long n = 1; n <= 60; n++) {
      for (long x = 0; x <= n; x++) {
        Interval a = Interval.wilson(x, n);
        Interval b = Interval.wilson(n - x, n);
        assertThat(a.getLower()).as("%d of %d", x, n).isCloseTo(1 - b.getUpper(), within(1e-12));
      }
    }
  }

  @Test
  void wilson_rejectsImpossibleCounts() {
    assertThatThrownBy(() -> Interval.wilson(0, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Interval.wilson(3, 2)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Interval.wilson(-1, 2)).isInstanceOf(IllegalArgumentException.class);
  }

  // -- mean interval ----------------------------------------------------------------------------

  @Test
  void meanInterval_isMeanPlusMinusZTimesStandardError() {
    // n = 4, sd = 2: half-width = 1.959963984540054 * 2 / 2
    Interval interval = Interval.mean(7.0, 2.0, 4);
    assertThat(interval.getLower()).isCloseTo(7.0 - 1.959963984540054, within(1e-12));
    assertThat(interval.getUpper()).isCloseTo(7.0 + 1.959963984540054, within(1e-12));
  }

  @Test
  void meanInterval_needsTwoRespondentsAndFiniteValues() {
    assertThatThrownBy(() -> Interval.mean(5, 1, 1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Interval.mean(Double.NaN, 1, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Interval.mean(5, -1, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Interval.mean(5, 0, 2).getLower()).isEqualTo(5.0);
  }

  @Test
  void sampleStandardDeviation_usesNMinusOne() {
    // values 2, 4, 4, 4, 5, 5, 7, 9: mean 5, squared deviations sum 32, s = sqrt(32 / 7)
    long sum = 40;
    long sumSquares = 4 + 16 + 16 + 16 + 25 + 25 + 49 + 81;
    assertThat(Indicators.sampleStandardDeviation(sum, sumSquares, 8))
        .isCloseTo(Math.sqrt(32.0 / 7), within(1e-15));
    assertThat(Indicators.sampleStandardDeviation(6, 18, 2)).isEqualTo(0.0);
    assertThatThrownBy(() -> Indicators.sampleStandardDeviation(3, 9, 1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // -- change -----------------------------------------------------------------------------------

  @ParameterizedTest(name = "[{0}, {1}] vs {2}, higher is better {3}: {4}")
  @CsvSource({
    // higher is better
    "0.50, 0.60, 0.40, true, IMPROVING",
    "0.50, 0.60, 0.70, true, WORSENING",
    "0.50, 0.60, 0.55, true, NO_SIGNIFICANT_CHANGE",
    "0.50, 0.60, 0.50, true, NO_SIGNIFICANT_CHANGE",
    "0.50, 0.60, 0.60, true, NO_SIGNIFICANT_CHANGE",
    // lower is better
    "0.50, 0.60, 0.40, false, WORSENING",
    "0.50, 0.60, 0.70, false, IMPROVING",
    "0.50, 0.60, 0.55, false, NO_SIGNIFICANT_CHANGE",
    "0.50, 0.60, 0.50, false, NO_SIGNIFICANT_CHANGE",
    "0.50, 0.60, 0.60, false, NO_SIGNIFICANT_CHANGE"
  })
  void change_judgesTheWholeIntervalAgainstTheBaseline(
      double lower, double upper, double baseline, boolean higherIsBetter, Change expected) {
    assertThat(Change.against(Interval.of(lower, upper), baseline, higherIsBetter))
        .isEqualTo(expected);
  }

  @Test
  void change_withoutBaselineOrInterval_isNotComparable() {
    java.util.Optional<Interval> interval = java.util.Optional.of(Interval.of(0.5, 0.6));
    assertThat(Change.against(interval, java.util.Optional.empty(), true))
        .isEqualTo(Change.NOT_COMPARABLE);
    assertThat(Change.against(java.util.Optional.empty(), java.util.Optional.of(0.1), true))
        .isEqualTo(Change.NOT_COMPARABLE);
    assertThat(Change.against(interval, java.util.Optional.of(0.1), true))
        .isEqualTo(Change.IMPROVING);
  }

  // -- disclosure control -----------------------------------------------------------------------

  /**
   * Rounding reads the double as the decimal it prints as (BigDecimal.valueOf, i.e.
   * Double.toString), then rounds half away from zero: 0.25, 2.45 and 0.05 are not exact doubles
   * (0.25 is; 2.45 is 2.4500000000000001776..., 0.15 is 0.1499999999999999944...), yet all round
   * as their decimal text does.
   */
  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "0.25, 0.3",
    "-0.25, -0.3",
    "0.15, 0.2",
    "-0.15, -0.2",
    "2.45, 2.5",
    "-2.45, -2.5",
    "0.05, 0.1",
    "-0.05, -0.1",
    "1.04999, 1.0",
    "-1.04999, -1.0",
    "77.35, 77.4",
    "19.95, 20.0",
    "0, 0.0",
    "7, 7.0",
    "100, 100.0"
  })
  void publish_roundsTheDecimalHalfAwayFromZero(double value, String expected) {
    PublishedValue published = publish(value, 10);
    assertThat(published.isSuppressed()).isFalse();
    assertThat(published.getValue()).contains(new BigDecimal(expected));
  }

  @Test
  @SuppressWarnings("BigDecimalLiteralDouble") // the exact binary value of 0.15 is the point
  void publish_theDoubleWouldRoundOtherwise_butTheDecimalTextDecides() {
    // the exact binary value of 0.15 is below 0.15, so rounding the exact double gives 0.1
    assertThat(new BigDecimal(0.15).setScale(1, java.math.RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("0.1"));
    assertThat(publish(0.15, 3).getValue()).contains(new BigDecimal("0.2"));
  }

  @ParameterizedTest(name = "{0}/{1} -> {2}")
  @CsvSource({
    "1, 8, 0.1", // 0.125
    "1, 4, 0.3", // 0.25, exact tie, away from zero
    "-1, 4, -0.3",
    "3, 20, 0.2", // 0.15
    "-3, 20, -0.2",
    "1, 3, 0.3",
    "2, 3, 0.7",
    "2900, 40, 72.5",
    "2901, 40, 72.5", // 72.525
    "2902, 40, 72.6" // 72.55
  })
  void publishRatio_roundsTheExactRatio(long numerator, long denominator, String expected) {
    assertThat(java.util.Optional.of(DisclosurePolicy.ASCOF.roundRatio(numerator, denominator)))
        .contains(new BigDecimal(expected));
  }

  @ParameterizedTest(name = "{0} respondents -> suppressed {1}, published count {2}")
  @CsvSource({
    "0, true, 0", // no value rests on nobody
    "1, true, 0",
    "2, true, 0",
    "3, false, 5",
    "4, false, 5",
    "5, false, 5",
    "6, false, 5",
    "7, false, 5",
    "8, false, 10",
    "12, false, 10",
    "13, false, 15",
    "1002, false, 1000",
    "1003, false, 1005"
  })
  void publish_suppressesOneAndTwo_andRoundsCountsToNearestFive(
      long respondents, boolean suppressed, long count) {
    PublishedValue published = publish(4.2, respondents);
    assertThat(published.isSuppressed()).isEqualTo(suppressed);
    assertThat(published.getValue().isPresent()).isEqualTo(!suppressed);
    // a count below the smallest number of respondents is withheld with the value
    if (suppressed) {
      assertThat(published.getRespondents()).isEmpty();
    } else {
      assertThat(published.getRespondents()).hasValue(count);
    }
    assertThat(DisclosurePolicy.ASCOF.roundCount(respondents)).isEqualTo(count);
  }

  @Test
  void roundCount_isTheNearestMultipleOfFive_forEveryCountUpTo1000() {
    for (long count = 0; count <= 1000; count++) {
      long rounded = DisclosurePolicy.ASCOF.roundCount(count);
      assertThat(rounded % 5).isZero();
      assertThat(Math.abs(rounded - count)).as("count %d", count).isLessThanOrEqualTo(2);
    }
    assertThatThrownBy(() -> DisclosurePolicy.ASCOF.roundCount(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  /** A value published under the ASCOF policy, as {@code Indicators} publishes a mean figure. */
  private static PublishedValue publish(double value, long respondents) {
    DisclosurePolicy ascof = DisclosurePolicy.ASCOF;
    return ascof.publish(ascof.suppresses(respondents), ascof.round(value),
        java.util.Optional.empty(), respondents);
  }

  @Test
  void publish_rejectsNonFiniteValues() {
    assertThatThrownBy(() -> publish(Double.NaN, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> publish(Double.POSITIVE_INFINITY, 5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> DisclosurePolicy.ASCOF.roundRatio(1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void interval_rejectsReversedOrNonFiniteEnds() {
    assertThatThrownBy(() -> Interval.of(0.6, 0.5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Interval.of(Double.NaN, 0.5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(Interval.of(0.5, 0.5).contains(0.5)).isTrue();
  }
}
