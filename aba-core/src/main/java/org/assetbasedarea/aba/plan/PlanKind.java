package org.assetbasedarea.aba.plan;

/** What kind of plan an area runs. */
public enum PlanKind {
  /** An improvement plan, as long as the area needs (often to its next assessment). */
  IMPROVEMENT_PLAN,
  /**
   * A 100-day challenge: at most 100 days, counting the first and the last, with a mid-point
   * review.
   */
  HUNDRED_DAY_CHALLENGE
}
