package org.assetbasedarea.aba.scoring;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The score of one grouping: how many of its actions are rated and, when any is, their percentage
 * and band. A grouping with nothing rated has neither.
 */
@Value.Immutable
public abstract class GroupingScore {
  GroupingScore() {}

  /** @return the grouping id */
  public abstract String getGrouping();

  /** @return how many of the grouping's actions are rated */
  public abstract int getRated();

  /** @return how many actions the grouping has */
  public abstract int getActions();

  /**
   * @return {@code 100 * T / (4 * n)} over the rated actions, rounded half-up to scale 2; empty
   *     when nothing is rated
   */
  public abstract Optional<BigDecimal> getPercentage();

  /** @return the band of the percentage rounded half-up to a whole number; empty when nothing is rated */
  public abstract Optional<Band> getBand();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  GroupingScore normalize() {
    if (getActions() < 1 || getRated() < 0 || getRated() > getActions()) {
      throw new IllegalArgumentException("grouping '" + getGrouping()
          + "': rated must be from 0 to actions (at least 1), got " + getRated() + " of "
          + getActions());
    }
    boolean rated = getRated() > 0;
    if (getPercentage().isPresent() != rated || getBand().isPresent() != rated) {
      throw new IllegalArgumentException("grouping '" + getGrouping()
          + "': percentage and band must be given exactly when an action is rated");
    }
    if (rated && getPercentage().get().scale() != 2) {
      return builder().from(this)
          .percentage(Percentages.checkScale(getPercentage().get()))
          .build();
    }
    return this;
  }

  /** Builds a {@link GroupingScore}. */
  public static final class Builder extends ImmutableGroupingScore.Builder {
    Builder() {}
  }
}
