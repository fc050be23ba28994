package org.assetbasedarea.aba.outcomes;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * How many people of an area and period have one value of one per-person quantity ({@link
 * TallyItem}), and, for weighted data, the sums of their survey weights: the sums an SQL {@code
 * GROUP BY} computes (see {@code docs/statistics.md}, "Sums from a SQL engine"). From tallies the
 * library computes exactly the report it computes from the person-level responses they sum up:
 * {@link #fromResponses} is the reduction it applies to responses itself.
 *
 * <p>A tally without weights carries only its count. A weighted tally carries all four weight
 * figures of its people: the sum of the weights, the sum of their squares, and the smallest and
 * largest weight (which tell the library exactly whether every weight is the same, when the
 * figures are computed from integer counts as for unweighted data). Either every tally and
 * response of a document is weighted, or none.
 */
@Value.Immutable
public abstract class Tally {
  Tally() {}

  /** @return the per-person quantity */
  public abstract TallyItem getItem();

  /**
   * @return the value, within the item's range ({@link TallyItem#min()} to {@link
   *     TallyItem#max()}; checked with the outcome data's rules, {@code ANSWER_OUT_OF_RANGE})
   */
  public abstract int getValue();

  /** @return how many people have this value, 1 to 100000000 */
  @Min(value = 1, message = "must be at least 1")
  @Max(value = OutcomeData.MAX_COUNT, message = "must be at most 100000000")
  public abstract long getRespondents();

  /** @return the sum of these people's survey weights, for weighted data */
  public abstract Optional<Double> getWeightSum();

  /** @return the sum of the squares of these people's survey weights, for weighted data */
  public abstract Optional<Double> getWeightSquareSum();

  /** @return the smallest of these people's survey weights, for weighted data */
  public abstract Optional<Double> getWeightMin();

  /** @return the largest of these people's survey weights, for weighted data */
  public abstract Optional<Double> getWeightMax();

  /** @return true when the tally carries survey weights ({@link #getWeightSum()} is present) */
  public boolean isWeighted() {
    return getWeightSum().isPresent();
  }

  /**
   * An unweighted tally.
   *
   * @param item the per-person quantity
   * @param value its value
   * @param respondents how many people have it
   * @return the tally
   */
  public static Tally of(TallyItem item, int value, long respondents) {
    return builder().item(item).value(value).respondents(respondents).build();
  }

  /**
   * A weighted tally.
   *
   * @param item the per-person quantity
   * @param value its value
   * @param respondents how many people have it
   * @param weightSum the sum of their weights
   * @param weightSquareSum the sum of the squares of their weights
   * @param weightMin the smallest of their weights
   * @param weightMax the largest of their weights
   * @return the tally
   */
  public static Tally weighted(TallyItem item, int value, long respondents, double weightSum,
      double weightSquareSum, double weightMin, double weightMax) {
    return builder().item(item).value(value).respondents(respondents).weightSum(weightSum)
        .weightSquareSum(weightSquareSum).weightMin(weightMin).weightMax(weightMax).build();
  }

  /**
   * The tallies of person-level responses, as the library reduces them before computing: one per
   * item and value that anyone has, in item order and by ascending value, each weight sum added
   * up in the order of the responses. A document whose responses are replaced by these tallies
   * gives exactly the same report.
   *
   * @param responses person-level responses, each weighted or none
   * @return the tallies
   * @throws IllegalArgumentException when an answer is out of its range, or some responses carry
   *     a weight and others not (validate them first)
   */
  public static List<Tally> fromResponses(Iterable<PersonResponse> responses) {
    return Indicators.tallies(responses);
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Tally}. */
  public static final class Builder extends ImmutableTally.Builder {
    Builder() {}
  }
}
