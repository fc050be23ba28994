package org.assetbasedarea.aba.outcomes;

import java.util.Optional;
import org.assetbasedarea.aba.framework.Statistic;
import org.immutables.value.Value;

/**
 * One indicator's value for an area and period: the statistic, its 95 per cent interval, the
 * change against a baseline, and the value as it may be published.
 */
@Value.Immutable
public abstract class IndicatorResult {
  IndicatorResult() {}

  /** @return the indicator id */
  public abstract String getIndicator();

  /** @return whether the value is a mean or a share */
  public abstract Statistic getStatistic();

  /** @return true when a higher value is a better outcome */
  public abstract boolean isHigherIsBetter();

  /** @return how many people the value rests on, at least 1 */
  public abstract long getRespondents();

  /** @return the value: a proportion 0-1 for a share, the mean for a mean */
  public abstract double getValue();

  /** @return the 95 per cent interval; empty for a mean over fewer than two people */
  public abstract Optional<Interval> getInterval();

  /** @return the baseline the change was judged against, in the unit of the value */
  public abstract Optional<Double> getBaseline();

  /** @return the change against the baseline */
  public abstract Change getChange();

  /** @return the value after disclosure control */
  public abstract PublishedValue getPublished();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndicatorResult}. */
  public static final class Builder extends ImmutableIndicatorResult.Builder {
    Builder() {}
  }
}
