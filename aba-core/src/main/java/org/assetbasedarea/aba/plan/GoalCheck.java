package org.assetbasedarea.aba.plan;

import java.util.Optional;
import org.assetbasedarea.aba.assessment.MaxChars;
import org.assetbasedarea.aba.issues.PlainText;
import org.immutables.value.Value;

/** How one goal stands at a check-in, with a note. */
@Value.Immutable
public abstract class GoalCheck {
  GoalCheck() {}

  /** @return the action of the goal checked; the plan has a goal for it */
  public abstract String getAction();

  /** @return how the goal stands */
  public abstract GoalStatus getStatus();

  /** @return what the team noted, at most 2000 characters, none disallowed */
  public abstract Optional<@PlainText @MaxChars(value = 2000, message = "must be at most 2000 characters") String>
      getNote();

  /**
   * Creates a goal check.
   *
   * @param action the goal's action
   * @param status how it stands
   * @param note what the team noted
   * @return the check
   */
  public static GoalCheck of(String action, GoalStatus status, String note) {
    return builder().action(action).status(status).note(note).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GoalCheck}. */
  public static final class Builder extends ImmutableGoalCheck.Builder {
    Builder() {}
  }
}
