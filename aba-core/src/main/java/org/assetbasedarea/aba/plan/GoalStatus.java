package org.assetbasedarea.aba.plan;

/** How a goal stands at a check-in, as the team judges it. */
public enum GoalStatus {
  /** On track to reach its target by the end of the plan. */
  ON_TRACK,
  /** Could miss its target unless something changes. */
  AT_RISK,
  /** Will miss its target as things stand. */
  OFF_TRACK,
  /** The team considers the goal reached. */
  DONE
}
