package org.assetbasedarea.aba.plan;

import java.time.LocalDate;
import org.assetbasedarea.aba.assessment.MaxChars;
import org.assetbasedarea.aba.issues.PlainText;
import org.assetbasedarea.aba.issues.VisibleText;
import org.immutables.value.Value;

/** One dated step toward a goal. */
@Value.Immutable
public abstract class Step {
  Step() {}

  /** @return what the step is, 1-1000 characters, with a visible character and no disallowed one */
  @VisibleText
  @PlainText
  @MaxChars(value = 1000, message = "must be at most 1000 characters")
  public abstract String getDescription();

  /** @return when the step is due, inside the plan */
  public abstract LocalDate getDueOn();

  /**
   * Creates a step.
   *
   * @param description what the step is
   * @param dueOn when it is due
   * @return the step
   */
  public static Step of(String description, LocalDate dueOn) {
    return builder().description(description).dueOn(dueOn).build();
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Step}. */
  public static final class Builder extends ImmutableStep.Builder {
    Builder() {}
  }
}
