package org.assetbasedarea.aba.outcomes;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalLong;
import org.immutables.value.Value;

/**
 * A figure after disclosure control, safe to publish: either a value (with its interval, when it
 * has one) rounded as the {@linkplain #getPolicy() policy} says, or a {@linkplain #getMarker()
 * marker} such as {@code [c]} in its place. A share is published as a percentage 0-100 and a
 * difference of shares in percentage points, as ASCOF publishes them.
 */
@Value.Immutable
public abstract class PublishedValue {
  PublishedValue() {}

  /** @return the id of the disclosure policy that produced this figure, such as {@code ascof} */
  public abstract String getPolicy();

  /** @return the marker in place of the value, such as {@link Marker#CONFIDENTIAL}; empty when it has a value */
  public abstract Optional<Marker> getMarker();

  /** @return the rounded value; empty exactly when a marker stands in its place */
  public abstract Optional<BigDecimal> getValue();

  /** @return the lower end of the rounded 95 per cent interval; empty when there is none */
  public abstract Optional<BigDecimal> getLower();

  /** @return the upper end of the rounded 95 per cent interval; empty when there is none */
  public abstract Optional<BigDecimal> getUpper();

  /**
   * @return the respondent count, rounded as the policy says; empty when the count is itself below
   *     the policy's smallest number of respondents, and for a figure that rests on no count of its
   *     own (a difference between two periods)
   */
  public abstract OptionalLong getRespondents();

  /** @return true when the value is withheld by disclosure control ({@link Marker#CONFIDENTIAL}) */
  public boolean isSuppressed() {
    return getMarker().orElse(null) == Marker.CONFIDENTIAL;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (getMarker().isPresent() == getValue().isPresent()) {
      throw new IllegalArgumentException("a published figure has a value or a marker, not both");
    }
    if (getLower().isPresent() != getUpper().isPresent()
        || (getLower().isPresent() && getValue().isEmpty())) {
      throw new IllegalArgumentException("a published interval has both ends, and only beside a value");
    }
  }

  /** Builds a {@link PublishedValue}. */
  public static final class Builder extends ImmutablePublishedValue.Builder {
    Builder() {}
  }
}
