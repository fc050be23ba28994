package org.assetbasedarea.aba.plan;

import java.time.LocalDate;
import java.util.List;
import org.assetbasedarea.aba.assessment.Area;
import org.immutables.value.Value;

/**
 * A plan judged against a later assessment of the same area and framework ({@link
 * Plans#review}): each goal met, partly met, not met or not assessed, with its progress.
 */
@Value.Immutable
public abstract class PlanReview {
  PlanReview() {}

  /** @return the area, as the plan names it */
  public abstract Area getArea();

  /** @return the framework id the plan and the assessment share */
  public abstract String getFramework();

  /** @return the plan's title */
  public abstract String getTitle();

  /** @return the plan's kind */
  public abstract PlanKind getKind();

  /** @return the date of the assessment the plan started from */
  public abstract LocalDate getBaselineAssessedOn();

  /** @return the date of the later assessment that judges it */
  public abstract LocalDate getLaterAssessedOn();

  /** @return whether the plan's team included a lived-experience, carer or community role */
  public abstract boolean isCoProduced();

  /** @return every goal, in the framework's order of actions (whatever the plan's order) */
  public abstract List<GoalReview> getGoals();

  /**
   * How many goals have a result.
   *
   * @param result a result
   * @return the number of goals with it
   */
  public int count(GoalResult result) {
    int n = 0;
    for (GoalReview goal : getGoals()) {
      if (goal.getResult() == result) {
        n++;
      }
    }
    return n;
  }

  /** @return a new builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanReview}. */
  public static final class Builder extends ImmutablePlanReview.Builder {
    Builder() {}
  }
}
