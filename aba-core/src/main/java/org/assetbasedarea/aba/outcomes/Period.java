package org.assetbasedarea.aba.outcomes;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * The period outcome data were collected in, both dates inclusive. An end before the start is
 * reported by the validator as {@code INVALID_PERIOD}.
 */
@Value.Immutable
public abstract class Period {
  Period() {}

  /** @return the first day */
  public abstract LocalDate getStart();

  /** @return the last day, not before the start */
  public abstract LocalDate getEnd();

  /** @return true when the end is not before the start */
  public boolean isOrdered() {
    return !getEnd().isBefore(getStart());
  }

  /**
   * Creates a period.
   *
   * @param start the first day
   * @param end the last day
   * @return the period
   */
  public static Period of(LocalDate start, LocalDate end) {
    return builder().start(start).end(end).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Period}. */
  public static final class Builder extends ImmutablePeriod.Builder {
    Builder() {}
  }
}
