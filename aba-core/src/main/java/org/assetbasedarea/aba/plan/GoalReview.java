package org.assetbasedarea.aba.plan;

import java.math.BigDecimal;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One goal judged against a later assessment: where it started, what it aimed for, where the
 * later assessment puts it, and the progress toward its target, {@code (later - baseline) /
 * (target - baseline)}.
 */
@Value.Immutable
public abstract class GoalReview {
  GoalReview() {}

  /** @return the goal's action */
  public abstract String getAction();

  /** @return the effective rating the goal started from */
  public abstract int getBaseline();

  /** @return the target rating */
  public abstract int getTarget();

  /** @return the later effective rating, or empty when the later assessment did not assess it */
  public abstract Optional<Integer> getLater();

  /** @return the levels the target asks for, {@code target - baseline}, at least 1 */
  public abstract int getNeeded();

  /** @return the levels gained, {@code later - baseline} (negative when the rating fell) */
  public abstract Optional<Integer> getGained();

  /**
   * The progress toward the target, {@code gained / needed}: exactly that fraction, rounded once
   * to four decimal places, half to even (1/3 is 0.3333). 1 when the target is met exactly, above
   * 1 when passed, at or below 0 when the rating did not rise. {@link #getGained()} and {@link
   * #getNeeded()} give the fraction itself.
   *
   * @return the progress, or empty when the later assessment did not assess the action
   */
  public abstract Optional<BigDecimal> getProgress();

  /** @return met, partly met, not met, or not assessed */
  public abstract GoalResult getResult();

  /** @return how the team last judged the goal at a check-in on or before the later assessment */
  public abstract Optional<GoalStatus> getLastStatus();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GoalReview}. */
  public static final class Builder extends ImmutableGoalReview.Builder {
    Builder() {}
  }
}
