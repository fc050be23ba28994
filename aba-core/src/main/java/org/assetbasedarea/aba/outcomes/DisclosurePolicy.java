package org.assetbasedarea.aba.outcomes;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The rules that make a figure safe to publish, as data: which values are suppressed, how counts
 * are rounded, and to how many decimals values are given. A value is suppressed (marked {@link
 * Marker#CONFIDENTIAL}, {@code [c]}) when it rests on fewer than {@link #getMinRespondents()}
 * respondents or, for a share, when its numerator or its complement ({@code n - x}) is from 1 to
 * {@link #getMinCount()} minus 1 (a count of 0 is shown). Counts are rounded to the nearest
 * multiple of {@link #getRoundingBase()} and values to {@link #getDecimals()} places, both half
 * away from zero. Disclosure control always counts respondents, never survey weights.
 *
 * <p>Built in: {@link #ASCOF} (the default) and {@link #NHS_SMALL_NUMBERS}. Build your own with
 * {@link #builder()}.
 */
@Value.Immutable
public abstract class DisclosurePolicy {
  private static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");

  /** The largest number of decimals a policy may give values to. */
  public static final int MAX_DECIMALS = 6;

  /**
   * The ASCOF publication rules, the default: suppress a value with 1 or 2 respondents; values to
   * 1 decimal place; counts to the nearest 5.
   */
  public static final DisclosurePolicy ASCOF = builder()
      .id("ascof").minRespondents(3).minCount(1).roundingBase(5).decimals(1).build();

  /**
   * The NHS small-numbers rule (hospital statistics): suppress any value whose respondents,
   * numerator or complement is from 1 to 7; counts to the nearest 5; values to 1 decimal place.
   */
  public static final DisclosurePolicy NHS_SMALL_NUMBERS = builder()
      .id("nhs-small-numbers").minRespondents(8).minCount(8).roundingBase(5).decimals(1).build();

  DisclosurePolicy() {}

  /** @return the policy's id, lower-case kebab case, such as {@code ascof} */
  public abstract String getId();

  /** @return the smallest number of respondents a published value may rest on, at least 1 */
  public abstract long getMinRespondents();

  /**
   * @return the smallest count other than 0 that a share's numerator or complement ({@code n - x})
   *     may be, at least 1 (1: no such rule)
   */
  public abstract long getMinCount();

  /** @return the base counts are rounded to, at least 1 (1: counts are not rounded) */
  public abstract long getRoundingBase();

  /** @return how many decimal places published values have, 0 to {@link #MAX_DECIMALS} */
  public abstract int getDecimals();

  /** @return the built-in policies: {@link #ASCOF} and {@link #NHS_SMALL_NUMBERS} */
  public static List<DisclosurePolicy> builtIn() {
    return List.of(ASCOF, NHS_SMALL_NUMBERS);
  }

  /**
   * Looks a built-in policy up.
   *
   * @param id a policy id
   * @return the policy, or empty when none has that id
   */
  public static Optional<DisclosurePolicy> find(String id) {
    for (DisclosurePolicy policy : builtIn()) {
      if (policy.getId().equals(id)) {
        return Optional.of(policy);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a value resting on {@code respondents} people is suppressed.
   *
   * @param respondents how many people, not negative
   * @return true when there are fewer than {@link #getMinRespondents()}
   */
  public boolean suppresses(long respondents) {
    return requireCount(respondents) < getMinRespondents();
  }

  /**
   * Whether a share of {@code x} in {@code n} respondents is suppressed: when {@code n} is below
   * {@link #getMinRespondents()}, or {@code x} or {@code n - x} is from 1 to {@link #getMinCount()}
   * minus 1.
   *
   * @param x respondents in the category (counted, not weighted), 0 to {@code n}
   * @param n respondents
   * @return true when the share is suppressed
   */
  public boolean suppressesShare(long x, long n) {
    if (x < 0 || x > n) {
      throw new IllegalArgumentException("a share needs 0 <= x <= n, got x = " + x + ", n = " + n);
    }
    return suppresses(n) || small(x) || small(n - x);
  }

  private boolean small(long count) {
    return count >= 1 && count < getMinCount();
  }

  /**
   * Rounds a count to the nearest multiple of {@link #getRoundingBase()}, half away from zero
   * (with base 5 no count is halfway: 1 and 2 round to 0, 3 and 4 to 5).
   *
   * @param count a count, not negative
   * @return the rounded count
   */
  public long roundCount(long count) {
    long base = getRoundingBase();
    long remainder = requireCount(count) % base;
    return remainder * 2 < base ? count - remainder : count - remainder + base;
  }

  /**
   * Rounds a value to {@link #getDecimals()} places, half away from zero. A double is read as the
   * decimal it prints as ({@link BigDecimal#valueOf(double)}), so 0.25 rounds to 0.3 and -0.25 to
   * -0.3 although neither double is exact.
   *
   * @param value a finite value
   * @return the rounded value
   */
  public BigDecimal round(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("only a finite value can be published");
    }
    return round(BigDecimal.valueOf(value));
  }

  /**
   * Rounds a decimal to {@link #getDecimals()} places, half away from zero.
   *
   * @param value a value
   * @return the rounded value
   */
  public BigDecimal round(BigDecimal value) {
    return value.setScale(getDecimals(), RoundingMode.HALF_UP);
  }

  /**
   * Rounds an exact ratio to {@link #getDecimals()} places, half away from zero: the ratio itself,
   * not a double near it (72.525 = 2901/40 rounds to 72.5, 72.55 = 2902/40 to 72.6).
   *
   * @param numerator the numerator
   * @param denominator the denominator, at least 1
   * @return the rounded ratio
   */
  public BigDecimal roundRatio(long numerator, long denominator) {
    if (denominator < 1) {
      throw new IllegalArgumentException("the denominator must be at least 1");
    }
    return BigDecimal.valueOf(numerator)
        .divide(BigDecimal.valueOf(denominator), getDecimals(), RoundingMode.HALF_UP);
  }

  /** Rounds an exact ratio of decimals to {@link #getDecimals()} places, half away from zero. */
  BigDecimal roundRatio(BigDecimal numerator, BigDecimal denominator) {
    return numerator.divide(denominator, getDecimals(), RoundingMode.HALF_UP);
  }

  /**
   * Publishes a value under this policy: suppressed when {@code suppressed}, otherwise the value
   * and its interval rounded to {@link #getDecimals()} places. The respondent count is published,
   * rounded, only when it is not itself below {@link #getMinRespondents()} (a value suppressed for
   * a small numerator or complement keeps its count).
   *
   * @param suppressed whether the value is withheld (see {@link #suppresses} and {@link
   *     #suppressesShare})
   * @param value the value, already in its published unit (a share as a percentage 0-100)
   * @param interval its interval in the same unit, if any
   * @param respondents how many people it rests on
   * @return the published value
   */
  PublishedValue publish(
      boolean suppressed, BigDecimal value, Optional<Interval> interval, long respondents) {
    PublishedValue.Builder builder = PublishedValue.builder().policy(getId());
    if (!suppresses(respondents)) {
      builder.respondents(roundCount(respondents));
    }
    if (suppressed) {
      return builder.marker(Marker.CONFIDENTIAL).build();
    }
    builder.value(round(value));
    if (interval.isPresent()) {
      builder.lower(round(interval.get().getLower())).upper(round(interval.get().getUpper()));
    }
    return builder.build();
  }

  private static long requireCount(long count) {
    if (count < 0) {
      throw new IllegalArgumentException("a count must not be negative");
    }
    return count;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getId().length() > 100 || !ID.matcher(getId()).matches()) {
      throw new IllegalArgumentException(
          "a disclosure policy id must be lower-case kebab case, got '" + getId() + "'");
    }
    if (getMinRespondents() < 1 || getMinCount() < 1 || getRoundingBase() < 1) {
      throw new IllegalArgumentException(
          "a disclosure policy's thresholds and rounding base must be at least 1");
    }
    if (getRoundingBase() > OutcomeData.MAX_COUNT || getMinRespondents() > OutcomeData.MAX_COUNT
        || getMinCount() > OutcomeData.MAX_COUNT) {
      throw new IllegalArgumentException(
          "a disclosure policy's thresholds and rounding base must be at most 100000000");
    }
    if (getDecimals() < 0 || getDecimals() > MAX_DECIMALS) {
      throw new IllegalArgumentException(
          "a disclosure policy gives values to 0 to " + MAX_DECIMALS + " decimals");
    }
  }

  /** Builds a {@link DisclosurePolicy}. */
  public static final class Builder extends ImmutableDisclosurePolicy.Builder {
    Builder() {}
  }
}
