package org.assetbasedarea.aba.scoring;

/** How much of the framework a report covers, which decides whether it has an overall band. */
public enum Status {
  /** Every action of the framework is rated. */
  COMPLETE,
  /** At least 70 per cent of the actions are rated, and every grouping has a rated action. */
  PROVISIONAL,
  /** Too little is rated for an overall band; the overall percentage is still given. */
  INSUFFICIENT
}
