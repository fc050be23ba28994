package org.assetbasedarea.aba.outcomes;

import java.util.Optional;
import org.assetbasedarea.aba.framework.Range;
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

  /**
   * Checks what any result of the library holds, so that a report read from elsewhere cannot make
   * {@link Indicators#compare} fail: at least one respondent; an effective sample size from 1 to
   * the respondents (within rounding); a finite value, a proportion 0-1 for a share and within
   * {@code -1e9..1e9} for a mean; a standard deviation only for a mean over two or more people,
   * finite, from 0 to 2e9; an interval that contains the value.
   */
  @Value.Check
  void check() {
    long n = getRespondents();
    double nEffective = getEffectiveRespondents();
    if (n < 1 || !(nEffective >= 1) || !(nEffective <= n * (1 + 1e-9))) {
      throw new IllegalArgumentException("an indicator result rests on at least one respondent,"
          + " and its effective sample size lies from 1 to its respondents");
    }
    double value = getValue();
    boolean share = getStatistic() == Statistic.SHARE;
    if (!(share ? value >= 0 && value <= 1 : Math.abs(value) <= Range.MAX_MAGNITUDE)) {
      throw new IllegalArgumentException(share
          ? "a share's value is a proportion from 0 to 1" : "a mean's value lies from -1e9 to 1e9");
    }
    if (getStandardDeviation().isPresent()) {
      double sd = getStandardDeviation().get();
      if (share || n < 2 || !(sd >= 0 && sd <= 2 * Range.MAX_MAGNITUDE) || !(nEffective > 1)) {
        throw new IllegalArgumentException("only a mean over two or more people has a standard"
            + " deviation, from 0 to 2e9");
      }
    }
    if (getInterval().isPresent() && !getInterval().get().contains(value)) {
      throw new IllegalArgumentException("an indicator's interval contains its value");
    }
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link IndicatorResult}. */
  public static final class Builder extends ImmutableIndicatorResult.Builder {
    Builder() {}
  }
}
