package org.assetbasedarea.aba.outcomes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.immutables.value.Value;

/**
 * An aggregate figure for a mean indicator, for users who have summary statistics rather than
 * answers: the number of respondents, the mean and the sample standard deviation ({@code n - 1}).
 * For licensed measures (ASCOT, WEMWBS) users compute their own scores and give them here as plain
 * numbers against an indicator of their framework.
 */
@Value.Immutable
public abstract class MeanFigure {
  MeanFigure() {}

  /** @return the id of a mean indicator of the framework */
  public abstract String getIndicator();

  /** @return how many people the mean is over, 1 to 100000000 */
  @Min(value = 1, message = "must be at least 1")
  @Max(value = OutcomeData.MAX_COUNT, message = "must be at most 100000000")
  public abstract long getRespondents();

  /**
   * @return the mean, within the indicator's range (for an indicator without one, from -1e9 to
   *     1e9: {@link OutcomeData#MAX_MAGNITUDE})
   */
  public abstract double getMean();

  /**
   * @return the sample standard deviation (divisor {@code n - 1}), from 0 to the width of the
   *     indicator's range (2e9 for an indicator without one)
   */
  public abstract double getStandardDeviation();

  /**
   * Creates a mean figure.
   *
   * @param indicator the indicator id
   * @param respondents how many people
   * @param mean the mean
   * @param standardDeviation the sample standard deviation
   * @return the figure
   */
  public static MeanFigure of(
      String indicator, long respondents, double mean, double standardDeviation) {
    return builder()
        .indicator(indicator)
        .respondents(respondents)
        .mean(mean)
        .standardDeviation(standardDeviation)
        .build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeanFigure}. */
  public static final class Builder extends ImmutableMeanFigure.Builder {
    Builder() {}
  }
}
