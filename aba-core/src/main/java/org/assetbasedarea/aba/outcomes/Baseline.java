package org.assetbasedarea.aba.outcomes;

import org.immutables.value.Value;

/**
 * A baseline value of an indicator, to test change against: in the same unit as {@link
 * IndicatorResult#getValue()}, so a share is a proportion from 0 to 1 (not a percentage) and a
 * mean is on the indicator's scale.
 */
@Value.Immutable
public abstract class Baseline {
  Baseline() {}

  /** @return the indicator id */
  public abstract String getIndicator();

  /**
   * @return the baseline value: a proportion 0-1 for a share, the mean for a mean (within the
   *     indicator's range; from -1e9 to 1e9 for an indicator without one)
   */
  public abstract double getValue();

  /**
   * Creates a baseline.
   *
   * @param indicator the indicator id
   * @param value the value
   * @return the baseline
   */
  public static Baseline of(String indicator, double value) {
    return builder().indicator(indicator).value(value).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Baseline}. */
  public static final class Builder extends ImmutableBaseline.Builder {
    Builder() {}
  }
}
