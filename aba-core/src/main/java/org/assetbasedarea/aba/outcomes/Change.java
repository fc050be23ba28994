package org.assetbasedarea.aba.outcomes;

import java.util.Optional;

/**
 * How an indicator moved, judged by a 95 per cent interval: against a fixed reference value (a
 * target, a national figure) by the interval of the indicator's value, or between two periods by
 * the interval of their difference.
 */
public enum Change {
  /** The whole interval lies strictly on the better side. */
  IMPROVING,
  /** The whole interval lies strictly on the worse side. */
  WORSENING,
  /** The interval reaches the reference (an end equal to it included). */
  NO_SIGNIFICANT_CHANGE,
  /** There is nothing to compare with, or no interval (a mean over fewer than two people). */
  NOT_COMPARABLE;

  /**
   * Judges a value against a fixed reference value, given without uncertainty of its own:
   * {@link #IMPROVING} when the whole interval of the value lies strictly on the better side of
   * the reference (above it when higher is better, below it otherwise), {@link #WORSENING} when it
   * lies strictly on the worse side, otherwise {@link #NO_SIGNIFICANT_CHANGE}.
   *
   * @param interval the 95 per cent interval of the value
   * @param reference the reference value, in the unit of the value
   * @param higherIsBetter whether a higher value is better
   * @return the change
   */
  public static Change against(Interval interval, double reference, boolean higherIsBetter) {
    if (interval.getLower() > reference) {
      return higherIsBetter ? IMPROVING : WORSENING;
    }
    if (interval.getUpper() < reference) {
      return higherIsBetter ? WORSENING : IMPROVING;
    }
    return NO_SIGNIFICANT_CHANGE;
  }

  /**
   * Judges the difference {@code later - earlier} of two estimates that both carry sampling error,
   * by the 95 per cent interval of the difference: {@link #IMPROVING} when it lies strictly on the
   * better side of 0, {@link #WORSENING} when strictly on the worse side, otherwise {@link
   * #NO_SIGNIFICANT_CHANGE}.
   *
   * @param difference the interval of {@code later - earlier}
   * @param higherIsBetter whether a higher value is better
   * @return the change
   */
  public static Change ofDifference(Interval difference, boolean higherIsBetter) {
    return against(difference, 0, higherIsBetter);
  }

  /**
   * Judges against a reference when both may be missing.
   *
   * @param interval the interval, if any
   * @param reference the reference, if any
   * @param higherIsBetter whether a higher value is better
   * @return {@link #NOT_COMPARABLE} when either is missing, else {@link #against}
   */
  static Change against(
      Optional<Interval> interval, Optional<Double> reference, boolean higherIsBetter) {
    if (interval.isEmpty() || reference.isEmpty()) {
      return NOT_COMPARABLE;
    }
    return against(interval.get(), reference.get(), higherIsBetter);
  }
}
