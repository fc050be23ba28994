package org.assetbasedarea.aba.outcomes;

import org.immutables.value.Value;

/** A closed interval of real numbers, such as a 95 per cent confidence interval. */
@Value.Immutable
public abstract class Interval {
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
