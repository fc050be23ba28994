package org.assetbasedarea.aba.plan;

import org.immutables.value.Value;

/**
 * An outcome indicator a goal aims to move, and the value it aims for: in the indicator's own
 * unit (a proportion 0-1 for a share, the mean for a mean), within the indicator's range.
 */
@Value.Immutable
public abstract class OutcomeTarget {
  OutcomeTarget() {}

  /** @return the id of an indicator of the plan's framework, such as {@code ascof-1b} */
  public abstract String getIndicator();

  /** @return the value aimed for, within the indicator's range */
  public abstract double getValue();

  /**
   * Creates an outcome target.
   *
   * @param indicator the indicator id
   * @param value the value aimed for
   * @return the target
   */
  public static OutcomeTarget of(String indicator, double value) {
    return builder().indicator(indicator).value(value).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OutcomeTarget}. */
  public static final class Builder extends ImmutableOutcomeTarget.Builder {
    Builder() {}
  }
}
