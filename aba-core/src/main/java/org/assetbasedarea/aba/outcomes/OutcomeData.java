package org.assetbasedarea.aba.outcomes;

import jakarta.validation.Valid;
import java.util.List;
import org.assetbasedarea.aba.assessment.Area;
import org.assetbasedarea.aba.framework.Range;
import org.immutables.value.Value;

/**
 * An area's outcome data for one period, against one framework: people's answers (person by
 * person, or as {@link Tally tallies} of per-person values that give exactly the same figures),
 * and aggregate figures for indicators the user has only counts or summary statistics for, with
 * optional baselines to test change against.
 *
 * <p>An indicator comes either from person-level responses or from one aggregate figure, never
 * both: a figure for an indicator that a response counts for is a {@code DUPLICATE_INDICATOR}.
 * Field constraints (answer ranges, counts) and the cross-field rules (framework known, indicators
 * known with the right statistic and given at most once, numerator not above denominator, means
 * within range, survey weights within bounds and given for every response or none, the period
 * ordered) are Jakarta constraints, so any Jakarta Validator enforces them;
 * {@link org.assetbasedarea.aba.validation.AbaValidator} returns them as issues with JSON Pointers
 * and stable codes.
 */
@Value.Immutable
@ConsistentOutcomeData
public abstract class OutcomeData {
  /**
   * The largest count of people an outcome document may give: a figure's numerator, denominator
   * and respondents (a hundred million, more than the population of England). With it, and with
   * {@link #MAX_MAGNITUDE}, no arithmetic of the library on a valid document overflows or gives a
   * number that is not finite.
   */
  public static final int MAX_COUNT = 100_000_000;

  /**
   * The largest magnitude of a mean or a baseline of an indicator without a range of its own (an
   * indicator of a local framework): values lie from {@code -MAX_MAGNITUDE} to {@code
   * MAX_MAGNITUDE}, and a standard deviation from 0 to {@code 2 * MAX_MAGNITUDE}, the width of that
   * range. Indicators with a range (the built-in means: ONS4 0-10, UCLA-3 3-9, ASCOF 1A 0-24) keep
   * their own, and a standard deviation at most its width.
   */
  public static final double MAX_MAGNITUDE = Range.MAX_MAGNITUDE;

  /** The smallest survey weight a response may carry. */
  public static final double MIN_WEIGHT = 1e-6;

  /** The largest survey weight a response may carry. */
  public static final double MAX_WEIGHT = 1e6;

  /**
   * How far, relatively, a weighted tally's sums may stray from the bounds its smallest and
   * largest weight set ({@code respondents * weightMin <= weightSum <= respondents * weightMax},
   * and so on): room for the rounding of sums of up to {@link #MAX_COUNT} weights, added in any
   * order by any engine.
   */
  public static final double WEIGHT_SUM_TOLERANCE = 1e-6;

  OutcomeData() {}

  /** @return the id of the framework whose indicators these are, such as {@code aba-2020} */
  public abstract String getFramework();

  /** @return the area */
  public abstract @Valid Area getArea();

  /** @return the period the data were collected in */
  public abstract Period getPeriod();

  /** @return person-level answers, one entry per person, in any order */
  public abstract List<@Valid PersonResponse> getResponses();

  /**
   * @return tallies of per-person values (what an SQL {@code GROUP BY} computes), an item and
   *     value at most once, for measures no response answers; in any order
   */
  public abstract List<@Valid Tally> getTallies();

  /** @return aggregate figures for share indicators, an indicator at most once */
  public abstract List<@Valid ShareFigure> getShares();

  /** @return aggregate figures for mean indicators, an indicator at most once */
  public abstract List<@Valid MeanFigure> getMeans();

  /** @return baselines to test change against, an indicator at most once */
  public abstract List<@Valid Baseline> getBaselines();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link OutcomeData}. */
  public static final class Builder extends ImmutableOutcomeData.Builder {
    Builder() {}
  }
}
