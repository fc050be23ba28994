package org.assetbasedarea.aba.plan;

/** What a later assessment says of one goal. */
public enum GoalResult {
  /** The later effective rating reaches the target. */
  MET,
  /** The later effective rating is above the baseline but below the target. */
  PARTLY_MET,
  /** The later effective rating is at or below the baseline. */
  NOT_MET,
  /** The later assessment did not assess the goal's action. */
  NOT_ASSESSED
}
