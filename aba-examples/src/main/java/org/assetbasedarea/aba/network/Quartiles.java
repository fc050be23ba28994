package org.assetbasedarea.aba.network;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * Quartiles by linear interpolation between order statistics (Hyndman and Fan's definition 7, R's
 * default {@code quantile(type = 7)}, Excel's {@code QUARTILE.INC}, NumPy's default): for sorted
 * values {@code x[0..n-1]} and {@code p} in {1/4, 1/2, 3/4}, {@code h = (n - 1) p} and the
 * quantile is {@code x[floor h] + (h - floor h) (x[floor h + 1] - x[floor h])}. Values are
 * percentages held as whole hundredths, so every quartile is exact at four decimal places at most.
 */
public final class Quartiles {
  private Quartiles() {}

  /**
   * The first quartile, median and third quartile of percentages in hundredths.
   *
   * @param hundredths the values (not changed), at least one
   * @param n how many of them count (the first {@code n})
   * @return three exact percentages: q1, median, q3
   */
  public static BigDecimal[] of(int[] hundredths, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("quartiles need at least one value");
    }
    int[] sorted = Arrays.copyOf(hundredths, n);
    Arrays.sort(sorted);
    return new BigDecimal[] {at(sorted, 1), at(sorted, 2), at(sorted, 3)};
  }

  /** The quantile {@code quarter / 4} of sorted values, exactly. */
  static BigDecimal at(int[] sorted, int quarter) {
    long h4 = (long) (sorted.length - 1) * quarter; // 4 h
    int lo = (int) (h4 / 4);
    long frac = h4 % 4; // quarters
    long base = sorted[lo];
    long diff = lo + 1 < sorted.length ? sorted[lo + 1] - base : 0;
    long fourTimes = 4 * base + frac * diff; // 4 q, in hundredths
    return exact(BigDecimal.valueOf(fourTimes, 2).divide(BigDecimal.valueOf(4), 4,
        RoundingMode.UNNECESSARY));
  }

  /** A value at two decimal places, or more when it needs them (exactly). */
  static BigDecimal exact(BigDecimal value) {
    BigDecimal stripped = value.stripTrailingZeros();
    return stripped.setScale(Math.max(2, stripped.scale()), RoundingMode.UNNECESSARY);
  }
}
