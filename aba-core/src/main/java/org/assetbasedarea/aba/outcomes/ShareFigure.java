package org.assetbasedarea.aba.outcomes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;

/**
 * An aggregate figure for a share indicator, for users who have counts rather than answers:
 * {@code numerator} of {@code denominator} respondents are in the indicator's category.
 */
@Value.Immutable
public abstract class ShareFigure {
  ShareFigure() {}

  /** @return the id of a share indicator of the framework */
  public abstract String getIndicator();

  /** @return how many respondents are in the category, 0 to the denominator (at most 100000000) */
  @Min(value = 0, message = "must not be negative")
  @Max(value = OutcomeData.MAX_COUNT, message = "must be at most 100000000")
  public abstract long getNumerator();

  /** @return how many people responded, 1 to 100000000 */
  @Min(value = 1, message = "must be at least 1")
  @Max(value = OutcomeData.MAX_COUNT, message = "must be at most 100000000")
  public abstract long getDenominator();

  /**
   * Creates a share figure.
   *
   * @param indicator the indicator id
   * @param numerator respondents in the category
   * @param denominator respondents
   * @return the figure
   */
  public static ShareFigure of(String indicator, long numerator, long denominator) {
    return builder().indicator(indicator).numerator(numerator).denominator(denominator).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ShareFigure}. */
  public static final class Builder extends ImmutableShareFigure.Builder {
    Builder() {}
  }
}
