package org.assetbasedarea.aba.scoring;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The overall score: the percentage over every rated action, its band, and the band after the
 * limiters. Under {@link Status#INSUFFICIENT} there is no band and no limiter; with nothing rated
 * there is no percentage either.
 */
@Value.Immutable
public abstract class OverallScore {
  OverallScore() {}

  /** @return how many actions are rated, {@code n} */
  public abstract int getRated();

  /** @return how many actions the framework has, {@code N} */
  public abstract int getActions();

  /** @return {@code 100 * T / (4 * n)} rounded half-up to scale 2; empty when nothing is rated */
  public abstract Optional<BigDecimal> getPercentage();

  /**
   * @return the percentage rounded half-up to a whole number, computed exactly in integers as
   *     {@code (100 * T + 2 * n) / (4 * n)}; empty when nothing is rated
   */
  public abstract OptionalInt getRoundedPercentage();

  /** @return the band of the rounded percentage; empty under {@link Status#INSUFFICIENT} */
  public abstract Optional<Band> getPercentageBand();

  /** @return the percentage band lowered by every limiter that applies; empty under {@link Status#INSUFFICIENT} */
  public abstract Optional<Band> getBand();

  /** @return the limiters that lowered the band, in {@link Limiter} order */
  public abstract List<Limiter> getLimiters();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  OverallScore normalize() {
    if (getActions() < 1 || getRated() < 0 || getRated() > getActions()) {
      throw new IllegalArgumentException("overall: rated must be from 0 to actions (at least 1), got "
          + getRated() + " of " + getActions());
    }
    boolean rated = getRated() > 0;
    if (getPercentage().isPresent() != rated || getRoundedPercentage().isPresent() != rated) {
      throw new IllegalArgumentException(
          "overall: percentage and rounded percentage must be given exactly when an action is rated");
    }
    if (getPercentageBand().isPresent() != getBand().isPresent()) {
      throw new IllegalArgumentException(
          "overall: band and percentage band must be given together");
    }
    if (getPercentageBand().isPresent()) {
      if (!rated) {
        throw new IllegalArgumentException("overall: no band without a rated action");
      }
      if (Band.ofRoundedPercentage(getRoundedPercentage().getAsInt()) != getPercentageBand().get()) {
        throw new IllegalArgumentException(
            "overall: percentage band must be the band of the rounded percentage");
      }
      if (getPercentageBand().get().isBelow(getBand().get())) {
        throw new IllegalArgumentException("overall: limiters can only lower the band");
      }
    } else if (!getLimiters().isEmpty()) {
      throw new IllegalArgumentException("overall: limiters apply only when there is a band");
    }
    if (rated && getPercentage().get().scale() != 2) {
      return builder().from(this)
          .percentage(Percentages.checkScale(getPercentage().get()))
          .build();
    }
    return this;
  }

  /** Builds an {@link OverallScore}. */
  public static final class Builder extends ImmutableOverallScore.Builder {
    Builder() {}
  }
}
