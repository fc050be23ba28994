package org.assetbasedarea.aba.outcomes;

import java.util.Optional;
import org.assetbasedarea.aba.framework.Statistic;
import org.immutables.value.Value;

/**
 * One indicator's value for an area and period: the statistic, its 95 per cent interval, the
 * change against a fixed baseline, the difference from an earlier period, and the value as it may
 * be published.
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

  /** @return how many people the value rests on, at least 1 (counted, never weighted) */
  public abstract long getRespondents();

  /**
   * @return the sample size the interval uses: the respondents, or for weighted responses the Kish
   *     effective sample size {@code (sum w)^2 / sum w^2}
   */
  public abstract double getEffectiveRespondents();

  /** @return the value: a proportion 0-1 for a share, the mean for a mean */
  public abstract double getValue();

  /**
   * @return a mean's sample standard deviation (divisor {@code n - 1}; weighted, see the docs);
   *     empty for a share and for a mean over fewer than two people
   */
  public abstract Optional<Double> getStandardDeviation();

  /** @return the 95 per cent interval; empty for a mean over fewer than two people */
  public abstract Optional<Interval> getInterval();

  /**
   * @return the fixed reference value (a target, a national figure) the change was judged against,
   *     in the unit of the value
   */
  public abstract Optional<Double> getBaseline();

  /** @return the change against the baseline, judged by the value's interval */
  public abstract Change getChange();

  /**
   * @return the difference from the same indicator in an earlier period, judged by its own
   *     interval; present after {@link Indicators#compare}
   */
  public abstract Optional<Difference> getDifference();

  /** @return the value and its interval after disclosure control */
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
