package org.assetbasedarea.aba.outcomes;

import org.immutables.value.Value;

/**
 * A closed interval of real numbers, such as a 95 per cent confidence interval, and the rules that
 * compute the library's intervals: Wilson score intervals for shares, normal intervals for means,
 * and intervals of the difference between two periods (Newcombe's hybrid score interval for
 * shares, the normal interval of the difference for means). All use {@link #Z}.
 */
@Value.Immutable
public abstract class Interval {
  /** The 97.5th percentile of the standard normal distribution, for 95 per cent intervals. */
  public static final double Z = 1.959963984540054;

  private static final double Z2 = Z * Z;

  Interval() {}

  /** @return the lower end */
  public abstract double getLower();

  /** @return the upper end, not below the lower */
  public abstract double getUpper();

  /**
   * Whether a value lies in the interval, ends included.
   *
   * @param value a value
   * @return true when {@code lower <= value <= upper}
   */
  public boolean contains(double value) {
    return getLower() <= value && value <= getUpper();
  }

  /**
   * Creates an interval.
   *
   * @param lower the lower end
   * @param upper the upper end
   * @return the interval
   * @throws IllegalArgumentException when an end is not finite or upper is below lower
   */
  public static Interval of(double lower, double upper) {
    return builder().lower(lower).upper(upper).build();
  }

  /**
   * The 95 per cent Wilson score interval of a share {@code p = x / n}: centre {@code (p +
   * z^2/(2n)) / (1 + z^2/n)}, half-width {@code z * sqrt(p(1-p)/n + z^2/(4n^2)) / (1 + z^2/n)}.
   * The ends are clamped to {@code [0, 1]} and to contain {@code p}, which only absorbs
   * floating-point rounding (mathematically they always hold): with {@code x = 0} the lower end is
   * exactly 0, with {@code x = n} the upper end exactly 1.
   *
   * @param x respondents in the category, 0 to {@code n}
   * @param n respondents, at least 1
   * @return the interval
   * @throws IllegalArgumentException when {@code n < 1} or {@code x} is outside {@code 0..n}
   */
  public static Interval wilson(long x, long n) {
    if (n < 1 || x < 0 || x > n) {
      throw new IllegalArgumentException(
          "a share needs 0 <= x <= n and n >= 1, got x = " + x + ", n = " + n);
    }
    return wilson((double) x / n, (double) n);
  }

  /**
   * The 95 per cent Wilson score interval of a share {@code p} over an effective sample size
   * {@code n}: the formula of {@link #wilson(long, long)}, for a weighted share whose {@code n} is
   * the Kish effective sample size. A share of exactly 0 has the lower end 0, of exactly 1 the
   * upper end 1.
   *
   * @param p the share, 0 to 1
   * @param n the (effective) sample size, finite and above 0
   * @return the interval
   * @throws IllegalArgumentException when {@code p} is outside {@code 0..1} or {@code n} is not a
   *     finite number above 0
   */
  public static Interval wilson(double p, double n) {
    if (!(p >= 0 && p <= 1) || !(n > 0) || !Double.isFinite(n)) {
      throw new IllegalArgumentException(
          "a share needs 0 <= p <= 1 and a finite n > 0, got p = " + p + ", n = " + n);
    }
    double denominator = 1 + Z2 / n;
    double centre = (p + Z2 / (2 * n)) / denominator;
    double halfWidth = Z * Math.sqrt(p * (1 - p) / n + Z2 / (4 * n * n)) / denominator;
    double lower = p == 0 ? 0 : Math.max(0, Math.min(p, centre - halfWidth));
    double upper = p == 1 ? 1 : Math.min(1, Math.max(p, centre + halfWidth));
    return of(lower, upper);
  }

  /**
   * The 95 per cent normal interval of a mean: {@code mean +/- z * sd / sqrt(n)}, with the sample
   * standard deviation {@code sd} (divisor {@code n - 1}) and the number of respondents {@code n}
   * (for weighted data, the Kish effective sample size).
   *
   * @param mean the mean, finite
   * @param standardDeviation the sample standard deviation, finite and not negative
   * @param n the (effective) sample size: above 1 and finite
   * @return the interval
   * @throws IllegalArgumentException when {@code n} is not above 1, or a value is not finite or
   *     negative
   */
  public static Interval mean(double mean, double standardDeviation, double n) {
    if (!(n > 1) || !Double.isFinite(n)) {
      throw new IllegalArgumentException("a mean has an interval only for n > 1, got n = " + n);
    }
    if (!Double.isFinite(mean) || !Double.isFinite(standardDeviation) || standardDeviation < 0) {
      throw new IllegalArgumentException(
          "a mean interval needs a finite mean and a finite, non-negative standard deviation");
    }
    double halfWidth = Z * standardDeviation / Math.sqrt(n);
    return of(mean - halfWidth, mean + halfWidth);
  }

  /**
   * The 95 per cent interval of the difference {@code p1 - p2} of two independent shares:
   * Newcombe's hybrid score interval (method 10 of Newcombe 1998, <i>Statistics in Medicine</i>
   * 17:873-890), from the Wilson intervals {@code (l1, u1)} of {@code p1} and {@code (l2, u2)} of
   * {@code p2}: lower {@code d - sqrt((p1 - l1)^2 + (u2 - p2)^2)}, upper {@code d + sqrt((u1 -
   * p1)^2 + (p2 - l2)^2)}, clamped to {@code [-1, 1]} (which only absorbs rounding).
   *
   * @param p1 the later share, 0 to 1
   * @param interval1 its Wilson interval
   * @param p2 the earlier share, 0 to 1
   * @param interval2 its Wilson interval
   * @return the interval of {@code p1 - p2}
   * @throws IllegalArgumentException when a share lies outside its interval
   */
  public static Interval newcombe(double p1, Interval interval1, double p2, Interval interval2) {
    if (!interval1.contains(p1) || !interval2.contains(p2)) {
      throw new IllegalArgumentException("each share must lie in its own interval");
    }
    double d = p1 - p2;
    double lower = d - Math.hypot(p1 - interval1.getLower(), interval2.getUpper() - p2);
    double upper = d + Math.hypot(interval1.getUpper() - p1, p2 - interval2.getLower());
    return of(Math.max(-1, Math.min(d, lower)), Math.min(1, Math.max(d, upper)));
  }

  /**
   * The 95 per cent normal interval of the difference {@code mean1 - mean2} of two independent
   * means: {@code d +/- z * sqrt(s1^2/n1 + s2^2/n2)}.
   *
   * @param mean1 the later mean
   * @param sd1 its sample standard deviation
   * @param n1 its (effective) sample size, above 1
   * @param mean2 the earlier mean
   * @param sd2 its sample standard deviation
   * @param n2 its (effective) sample size, above 1
   * @return the interval of {@code mean1 - mean2}
   * @throws IllegalArgumentException when a size is not above 1, or a value is not finite or a
   *     standard deviation negative
   */
  public static Interval meanDifference(
      double mean1, double sd1, double n1, double mean2, double sd2, double n2) {
    // each argument is checked as for a mean interval
    mean(mean1, sd1, n1);
    mean(mean2, sd2, n2);
    double d = mean1 - mean2;
    double halfWidth = Z * Math.sqrt(sd1 * sd1 / n1 + sd2 * sd2 / n2);
    return of(d - halfWidth, d + halfWidth);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (!Double.isFinite(getLower()) || !Double.isFinite(getUpper())) {
      throw new IllegalArgumentException("interval ends must be finite");
    }
    if (getUpper() < getLower()) {
      throw new IllegalArgumentException("interval upper end must not be below its lower end");
    }
  }

  /** Builds an {@link Interval}. */
  public static final class Builder extends ImmutableInterval.Builder {
    Builder() {}
  }
}
