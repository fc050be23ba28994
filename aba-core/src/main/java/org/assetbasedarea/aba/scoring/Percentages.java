package org.assetbasedarea.aba.scoring;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Exact percentage arithmetic of the scoring rules. */
final class Percentages {
  /** The largest percentage. */
  static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percentages() {}

  /** {@code 100 * total / (4 * rated)} rounded half-up to scale 2, exactly. */
  static BigDecimal percentage(int total, int rated) {
    return BigDecimal.valueOf(100L * total).divide(BigDecimal.valueOf(4L * rated), 2,
        RoundingMode.HALF_UP);
  }

  /** {@code round-half-up(100 * total / (4 * rated))}, in integers: {@code floor((100T + 2n) / 4n)}. */
  static int rounded(int total, int rated) {
    return (int) ((100L * total + 2L * rated) / (4L * rated));
  }

  /** The percentage at scale 2, checking it is a percentage of at most two decimals within 0-100. */
  static BigDecimal checkScale(BigDecimal percentage) {
    if (percentage.signum() < 0 || percentage.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("a percentage must be from 0 to 100, got " + percentage);
    }
    try {
      return percentage.setScale(2, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "a percentage has at most two decimals, got " + percentage, e);
    }
  }
}
