package org.assetbasedarea.aba.outcomes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Random;
import org.assetbasedarea.aba.framework.Statistic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Change between two periods: the difference of the two estimates, judged by its own 95 per cent
 * interval (Newcombe's hybrid score interval for shares, the normal interval of the difference
 * for means), and change against a fixed reference by the one-sample rule.
 */
class ChangeBetweenPeriodsTest {
  private static final double Z = 1.959963984540054;
  private static final Period EARLIER = Period.of(LocalDate.of(2024, 4, 1), LocalDate.of(2025, 3, 31));

  /**
   * The worked checks of the rules (difference later - earlier, four decimal places). The first
   * four are the examples of Newcombe (1998), Statistics in Medicine 17:873-890, Table II, method
   * 10; the last two are the boundary cases (both shares 0; 1 against 0).
   */
  @ParameterizedTest(name = "{0}/{1} vs {2}/{3} -> {4} to {5}")
  @CsvSource({
    "56, 70, 48, 80, 0.0524, 0.3339",
    "9, 10, 3, 10, 0.1705, 0.8090",
    "6, 7, 2, 7, 0.0582, 0.8062",
    "5, 56, 0, 29, -0.0381, 0.1926",
    "0, 10, 0, 20, -0.1611, 0.2775",
    "10, 10, 0, 20, 0.6791, 1.0000"
  })
  void newcombe_workedChecks(long x1, long n1, long x2, long n2, double lower, double upper) {
    Interval interval = Interval.newcombe((double) x1 / n1, Interval.wilson(x1, n1),
        (double) x2 / n2, Interval.wilson(x2, n2));
    assertThat(interval.getLower()).isCloseTo(lower, within(0.00005));
    assertThat(interval.getUpper()).isCloseTo(upper, within(0.00005));
  }

  /**
   * A brute-force cross-check: the Wilson bounds found again by bisection on the score test's
   * equation {@code (p - p0)^2 = z^2 p0 (1 - p0) / n}, independent of the closed form, combined by
   * Newcombe's definition, over 20,000 random pairs of shares.
   */
  @Test
  void newcombe_agreesWithScoreBoundsFoundByBisection_over20000RandomPairs() {
    Random random = new Random(11);
    for (int i = 0; i < 20_000; i++) {
      long n1 = 1L + random.nextInt(i % 3 == 0 ? 12 : 2000);
      long n2 = 1L + random.nextInt(i % 5 == 0 ? 12 : 2000);
      long x1 = random.nextInt((int) n1 + 1);
      long x2 = random.nextInt((int) n2 + 1);
      double p1 = (double) x1 / n1;
      double p2 = (double) x2 / n2;
      double l1 = scoreBound(p1, n1, false);
      double u1 = scoreBound(p1, n1, true);
      double l2 = scoreBound(p2, n2, false);
      double u2 = scoreBound(p2, n2, true);
      double d = p1 - p2;
      double lower = d - Math.sqrt((p1 - l1) * (p1 - l1) + (u2 - p2) * (u2 - p2));
      double upper = d + Math.sqrt((u1 - p1) * (u1 - p1) + (p2 - l2) * (p2 - l2));
      Interval interval =
          Interval.newcombe(p1, Interval.wilson(x1, n1), p2, Interval.wilson(x2, n2));
      String what = x1 + "/" + n1 + " vs " + x2 + "/" + n2;
      assertThat(interval.getLower()).as(what).isCloseTo(lower, within(1e-9));
      assertThat(interval.getUpper()).as(what).isCloseTo(upper, within(1e-9));
      assertThat(interval.contains(d)).as(what).isTrue();
      assertThat(interval.getLower()).as(what).isBetween(-1.0, 1.0);
      assertThat(interval.getUpper()).as(what).isBetween(-1.0, 1.0);
    }
  }

  /** The Wilson bound of {@code p} over {@code n}, by bisection on the score equation. */
  private static double scoreBound(double p, long n, boolean upper) {
    if (!upper && p == 0) {
      return 0;
    }
    if (upper && p == 1) {
      return 1;
    }
    double lo = upper ? p : 0;
    double hi = upper ? 1 : p;
    for (int i = 0; i < 200; i++) {
      double mid = (lo + hi) / 2;
      double f = (p - mid) * (p - mid) - Z * Z * mid * (1 - mid) / n;
      // f > 0 means mid lies outside the interval
      boolean outside = f > 0;
      if (upper == outside) {
        hi = mid;
      } else {
        lo = mid;
      }
    }
    return (lo + hi) / 2;
  }

  @Test
  void meanDifference_isTheNormalIntervalOfTheDifference() {
    Interval interval = Interval.meanDifference(7.4, 1.9, 120, 7.1, 2.2, 95);
    double halfWidth = Z * Math.sqrt(1.9 * 1.9 / 120 + 2.2 * 2.2 / 95);
    assertThat(interval.getLower()).isCloseTo(0.3 - halfWidth, within(1e-12));
    assertThat(interval.getUpper()).isCloseTo(0.3 + halfWidth, within(1e-12));
    assertThatThrownBy(() -> Interval.meanDifference(7.4, 1.9, 1, 7.1, 2.2, 95))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /**
   * The analyst's case: the later interval lies above the earlier point value, so the one-sample
   * rule calls it improving, but the two-sample difference (p about 0.07) does not.
   */
  @Test
  void betweenPeriods_theEarlierEstimatesErrorCounts() {
    IndicatorResult earlier = share(48, 80, true);
    IndicatorResult later = share(56, 70, true);
    // one-sample rule against the earlier point value: improving
    assertThat(Change.against(later.getInterval().orElseThrow(), earlier.getValue(), true))
        .isEqualTo(Change.IMPROVING);
    Difference difference = Difference.between(earlier, EARLIER, later, DisclosurePolicy.ASCOF);
    assertThat(difference.getValue()).isCloseTo(0.2, within(1e-12));
    assertThat(difference.getChange()).isEqualTo(Change.IMPROVING); // 0.0524 to 0.3339
    IndicatorResult closer = share(52, 70, true);
    Difference notSignificant =
        Difference.between(earlier, EARLIER, closer, DisclosurePolicy.ASCOF);
    assertThat(Change.against(closer.getInterval().orElseThrow(), earlier.getValue(), true))
        .isEqualTo(Change.IMPROVING);
    assertThat(notSignificant.getInterval().orElseThrow().contains(0)).isTrue();
    assertThat(notSignificant.getChange()).isEqualTo(Change.NO_SIGNIFICANT_CHANGE);
  }

  @ParameterizedTest(name = "difference {0} to {1}, higher is better {2} -> {3}")
  @CsvSource({
    "0.01, 0.20, true, IMPROVING",
    "-0.20, -0.01, true, WORSENING",
    "0.00, 0.20, true, NO_SIGNIFICANT_CHANGE",
    "-0.20, 0.00, true, NO_SIGNIFICANT_CHANGE",
    "-0.10, 0.10, true, NO_SIGNIFICANT_CHANGE",
    "0.01, 0.20, false, WORSENING",
    "-0.20, -0.01, false, IMPROVING",
    "0.00, 0.20, false, NO_SIGNIFICANT_CHANGE"
  })
  void ofDifference_judgesStrictlyAgainstZero(
      double lower, double upper, boolean higherIsBetter, Change expected) {
    assertThat(Change.ofDifference(Interval.of(lower, upper), higherIsBetter)).isEqualTo(expected);
  }

  @Test
  void difference_isNotComparable_whenEitherPeriodLacksAnInterval() {
    IndicatorResult single = mean(1, 7.0, Optional.empty());
    IndicatorResult many = mean(40, 6.0, Optional.of(2.0));
    Difference difference = Difference.between(many, EARLIER, single, DisclosurePolicy.ASCOF);
    assertThat(difference.getInterval()).isEmpty();
    assertThat(difference.getChange()).isEqualTo(Change.NOT_COMPARABLE);
    assertThat(difference.getValue()).isEqualTo(1.0);
    assertThat(Difference.between(single, EARLIER, many, DisclosurePolicy.ASCOF).getChange())
        .isEqualTo(Change.NOT_COMPARABLE);
  }

  @Test
  void difference_ofMeans_usesBothStandardDeviations() {
    IndicatorResult earlier = mean(95, 7.1, Optional.of(2.2));
    IndicatorResult later = mean(120, 7.4, Optional.of(1.9));
    Difference difference = Difference.between(earlier, EARLIER, later, DisclosurePolicy.ASCOF);
    assertThat(difference.getInterval())
        .contains(Interval.meanDifference(7.4, 1.9, 120, 7.1, 2.2, 95));
    assertThat(difference.getPublished().getValue().orElseThrow()).isEqualByComparingTo("0.3");
  }

  @Test
  void difference_isSuppressed_whenEitherPeriodIs_andPublishedInPercentagePoints() {
    IndicatorResult tiny = share(1, 2, true);
    IndicatorResult big = share(40, 80, true);
    Difference suppressed = Difference.between(tiny, EARLIER, big, DisclosurePolicy.ASCOF);
    assertThat(suppressed.getPublished().getMarker()).contains(Marker.CONFIDENTIAL);
    assertThat(suppressed.getPublished().getValue()).isEmpty();
    assertThat(Difference.between(big, EARLIER, tiny, DisclosurePolicy.ASCOF).getPublished()
        .isSuppressed()).isTrue();
    Difference shown = Difference.between(share(30, 80, true), EARLIER, big, DisclosurePolicy.ASCOF);
    assertThat(shown.getPublished().getValue().orElseThrow()).isEqualByComparingTo("12.5");
    assertThat(shown.getPublished().getPolicy()).isEqualTo("ascof");
    Interval points = shown.getInterval().orElseThrow();
    assertThat(shown.getPublished().getLower().orElseThrow())
        .isEqualByComparingTo(DisclosurePolicy.ASCOF.round(points.getLower() * 100));
  }

  @Test
  void difference_refusesResultsOfDifferentIndicators() {
    IndicatorResult a = share(1, 2, true);
    IndicatorResult b = IndicatorResult.builder().from(a).indicator("ascof-1i1").build();
    assertThatThrownBy(() -> Difference.between(a, EARLIER, b, DisclosurePolicy.ASCOF))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** 16/48 - 7/48 is exactly 18.75 points: published from the counts, it rounds to 18.8. */
  @Test
  void differenceOfUnweightedShares_isRoundedExactlyFromTheCounts() {
    Difference difference =
        Difference.between(share(7, 48, true), EARLIER, share(16, 48, true), DisclosurePolicy.ASCOF);
    assertThat(difference.getValue() * 100).isNotEqualTo(18.75); // the double is just below
    assertThat(difference.getPublished().getValue().orElseThrow()).isEqualByComparingTo("18.8");
    // and against an earlier share over another denominator: 1/3 - 7/48 = 0.1875
    Difference other =
        Difference.between(share(7, 48, true), EARLIER, share(1, 3, true), DisclosurePolicy.ASCOF);
    assertThat(other.getPublished().getValue().orElseThrow()).isEqualByComparingTo("18.8");
  }

  @Test
  void aResult_fromElsewhere_isChecked_soThatCompareCannotFail() {
    IndicatorResult good = mean(40, 6.0, Optional.of(2.0));
    assertThatThrownBy(() -> IndicatorResult.builder().from(good).value(1e308).interval(Optional.empty()).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndicatorResult.builder().from(good).effectiveRespondents(0).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndicatorResult.builder().from(good).effectiveRespondents(41).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndicatorResult.builder().from(good).respondents(1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndicatorResult.builder().from(good).interval(Interval.of(7, 8)).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndicatorResult.builder().from(good).standardDeviation(Double.NaN).build())
        .isInstanceOf(IllegalArgumentException.class);
    IndicatorResult share = share(3, 10, true);
    assertThatThrownBy(() -> IndicatorResult.builder().from(share).value(1.5).interval(Optional.empty()).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> IndicatorResult.builder().from(share).standardDeviation(0.1).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void difference_isSuppressed_whenEitherSideCarriesAnyMarker() {
    IndicatorResult big = share(40, 80, true);
    IndicatorResult notAvailable = IndicatorResult.builder().from(share(30, 80, true))
        .published(PublishedValue.builder().policy("ascof").marker(Marker.NOT_AVAILABLE).build())
        .build();
    assertThat(Difference.between(notAvailable, EARLIER, big, DisclosurePolicy.ASCOF)
        .getPublished().getMarker()).contains(Marker.CONFIDENTIAL);
  }

  private static IndicatorResult share(long x, long n, boolean higherIsBetter) {
    Interval interval = Interval.wilson(x, n);
    DisclosurePolicy ascof = DisclosurePolicy.ASCOF;
    return IndicatorResult.builder()
        .indicator("ascof-1b").statistic(Statistic.SHARE).higherIsBetter(higherIsBetter)
        .respondents(n).effectiveRespondents((double) n).value((double) x / n).interval(interval)
        .change(Change.NOT_COMPARABLE)
        .published(ascof.publish(ascof.suppressesShare(x, n), ascof.roundRatio(100 * x, n),
            Optional.empty(), n))
        .build();
  }

  private static IndicatorResult mean(long n, double value, Optional<Double> sd) {
    DisclosurePolicy ascof = DisclosurePolicy.ASCOF;
    return IndicatorResult.builder()
        .indicator("ons4-happiness").statistic(Statistic.MEAN).higherIsBetter(true)
        .respondents(n).effectiveRespondents((double) n).value(value).standardDeviation(sd)
        .interval(sd.map(s -> Interval.mean(value, s, (double) n)))
        .change(Change.NOT_COMPARABLE)
        .published(ascof.publish(ascof.suppresses(n), ascof.round(value), Optional.empty(), n))
        .build();
  }
}
