package org.assetbasedarea.aba.outcomes;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An indicator value after disclosure control, safe to publish: suppressed when it rests on one or
 * two respondents, otherwise rounded to one decimal place half away from zero (a share as a
 * percentage 0-100, as ASCOF publishes), with the respondent count rounded to the nearest 5.
 */
@Value.Immutable
public abstract class PublishedValue {
  PublishedValue() {}

  /** @return true when the value is withheld because it rests on one or two respondents */
  public abstract boolean isSuppressed();

  /** @return the value rounded to one decimal place, empty when suppressed */
  public abstract Optional<BigDecimal> getValue();

  /** @return the respondent count rounded to the nearest 5 (1 and 2 round to 0) */
  public abstract long getRespondents();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (isSuppressed() == getValue().isPresent()) {
      throw new IllegalArgumentException("a published value has a value exactly when not suppressed");
    }
  }

  /** Builds a {@link PublishedValue}. */
  public static final class Builder extends ImmutablePublishedValue.Builder {
    Builder() {}
  }
}
