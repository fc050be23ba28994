package org.assetbasedarea.aba.outcomes;

import java.math.BigDecimal;
import java.util.Optional;
import org.assetbasedarea.aba.framework.Statistic;
import org.immutables.value.Value;

/**
 * The change of one indicator between two periods: the difference {@code later - earlier} of the
 * two estimates with its own 95 per cent interval, and the change judged on that interval. Both
 * estimates carry sampling error, so the difference is judged, not the later interval against the
 * earlier point value (which overclaims). Shares use Newcombe's hybrid score interval ({@link
 * Interval#newcombe}), means the normal interval of the difference ({@link
 * Interval#meanDifference}).
 */
@Value.Immutable
public abstract class Difference {
  Difference() {}

  /** @return the earlier period */
  public abstract Period getEarlierPeriod();

  /** @return the earlier value, in the unit of the indicator's value */
  public abstract double getEarlierValue();

  /** @return {@code later - earlier}: proportion points for a share, the indicator's unit for a mean */
  public abstract double getValue();

  /** @return the 95 per cent interval of the difference; empty when either period has no interval */
  public abstract Optional<Interval> getInterval();

  /** @return the change judged on the interval of the difference */
  public abstract Change getChange();

  /**
   * @return the difference after disclosure control (a share's in percentage points), under the
   *     later report's policy: suppressed when either period's value is (carries any marker)
   */
  public abstract PublishedValue getPublished();

  /**
   * The difference between an indicator's results in two periods.
   *
   * @param earlier the earlier result
   * @param earlierPeriod the earlier result's period
   * @param later the later result, of the same indicator and statistic
   * @param policy the disclosure policy of the published difference
   * @return the difference; a difference of two unweighted shares is published from their counts,
   *     rounded exactly (18.75 points to 18.8)
   * @throws IllegalArgumentException when the results are of different indicators or statistics
   */
  public static Difference between(IndicatorResult earlier, Period earlierPeriod,
      IndicatorResult later, DisclosurePolicy policy) {
    if (!earlier.getIndicator().equals(later.getIndicator())
        || earlier.getStatistic() != later.getStatistic()) {
      throw new IllegalArgumentException(
          "only results of the same indicator and statistic have a difference");
    }
    double d = later.getValue() - earlier.getValue();
    Optional<Interval> interval = Optional.empty();
    if (later.getInterval().isPresent() && earlier.getInterval().isPresent()) {
      if (later.getStatistic() == Statistic.SHARE) {
        interval = Optional.of(Interval.newcombe(later.getValue(), later.getInterval().get(),
            earlier.getValue(), earlier.getInterval().get()));
      } else if (later.getStandardDeviation().isPresent()
          && earlier.getStandardDeviation().isPresent()) {
        interval = Optional.of(Interval.meanDifference(
            later.getValue(), later.getStandardDeviation().get(), later.getEffectiveRespondents(),
            earlier.getValue(), earlier.getStandardDeviation().get(),
            earlier.getEffectiveRespondents()));
      }
    }
    Change change = interval.isPresent()
        ? Change.ofDifference(interval.get(), later.isHigherIsBetter())
        : Change.NOT_COMPARABLE;
    boolean share = later.getStatistic() == Statistic.SHARE;
    double scale = share ? 100 : 1;
    boolean suppressed = earlier.getPublished().getMarker().isPresent()
        || later.getPublished().getMarker().isPresent();
    PublishedValue.Builder published = PublishedValue.builder().policy(policy.getId());
    if (suppressed) {
      published.marker(Marker.CONFIDENTIAL);
    } else {
      published.value(share && isCount(earlier) && isCount(later)
          ? policy.roundRatio(
              big(count(later)).multiply(big(earlier.getRespondents()))
                  .subtract(big(count(earlier)).multiply(big(later.getRespondents())))
                  .multiply(BigDecimal.valueOf(100)),
              big(later.getRespondents()).multiply(big(earlier.getRespondents())))
          : policy.round(d * scale));
      interval.ifPresent(i -> published
          .lower(policy.round(i.getLower() * scale))
          .upper(policy.round(i.getUpper() * scale)));
    }
    return builder()
        .earlierPeriod(earlierPeriod)
        .earlierValue(earlier.getValue())
        .value(d)
        .interval(interval)
        .change(change)
        .published(published.build())
        .build();
  }

  /**
   * Whether an unweighted share's numerator is known exactly: the value is {@code x / n} for a
   * whole {@code x} when the effective sample size is the number of respondents.
   */
  private static boolean isCount(IndicatorResult share) {
    return share.getEffectiveRespondents() == share.getRespondents();
  }

  private static BigDecimal big(long value) {
    return BigDecimal.valueOf(value);
  }

  /**
   * The numerator {@code x} of an unweighted share {@code x / n}: {@code x / n * n} is within
   * {@code x * 2^-52} of {@code x}, far less than a half for any count the library accepts.
   */
  private static long count(IndicatorResult share) {
    return Math.round(share.getValue() * share.getRespondents());
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Difference}. */
  public static final class Builder extends ImmutableDifference.Builder {
    Builder() {}
  }
}
