package org.assetbasedarea.aba.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.assetbasedarea.aba.assessment.Role;
import org.immutables.value.Value;

/**
 * One goal of a plan: move an action from its effective rating in the baseline assessment to a
 * target rating, with an owner, dated steps and optionally an outcome indicator to move.
 */
@Value.Immutable
public abstract class Goal {
  /** The most steps one goal may carry. */
  public static final int MAX_STEPS = 20;

  Goal() {}

  /** @return the id of an action of the plan's framework; a plan has at most one goal per action */
  public abstract String getAction();

  /** @return the action's effective rating in the baseline assessment, 1-4 */
  @Min(value = 1, message = "must be from 1 (not yet) to 4 (embedded)")
  @Max(value = 4, message = "must be from 1 (not yet) to 4 (embedded)")
  public abstract int getBaseline();

  /** @return the rating aimed for: above the baseline, at most 4 */
  @Min(value = 1, message = "must be from 1 (not yet) to 4 (embedded)")
  @Max(value = 4, message = "must be from 1 (not yet) to 4 (embedded)")
  public abstract int getTarget();

  /** @return the role that owns the goal */
  public abstract Role getOwner();

  /** @return the dated steps toward the target, 0-20 */
  @Size(max = MAX_STEPS, message = "must have at most 20 steps")
  public abstract List<@Valid Step> getSteps();

  /** @return the outcome indicator the goal aims to move, if any */
  public abstract Optional<@Valid OutcomeTarget> getOutcomeTarget();

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Goal}. */
  public static final class Builder extends ImmutableGoal.Builder {
    Builder() {}
  }
}
