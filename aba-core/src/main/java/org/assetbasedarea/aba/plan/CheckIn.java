package org.assetbasedarea.aba.plan;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/** A dated check-in: how each goal checked stands on that day. */
@Value.Immutable
public abstract class CheckIn {
  /** The most goal checks one check-in may carry. */
  public static final int MAX_GOALS = 100;

  CheckIn() {}

  /** @return the day of the check-in, inside the plan; one check-in per day */
  public abstract LocalDate getOn();

  /** @return the goals checked, at most one check per goal */
  @Size(min = 1, max = MAX_GOALS, message = "must check from 1 to 100 goals")
  public abstract List<@Valid GoalCheck> getGoals();

  /**
   * How one goal stood at this check-in.
   *
   * @param action the goal's action
   * @return its check, or empty when this check-in did not check it
   */
  public Optional<GoalCheck> findGoal(String action) {
    for (GoalCheck check : getGoals()) {
      if (check.getAction().equals(action)) {
        return Optional.of(check);
      }
    }
    return Optional.empty();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link CheckIn}. */
  public static final class Builder extends ImmutableCheckIn.Builder {
    Builder() {}
  }
}
