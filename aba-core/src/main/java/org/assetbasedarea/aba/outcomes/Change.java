package org.assetbasedarea.aba.outcomes;

/** How an indicator moved against its baseline, judged by its 95 per cent interval. */
public enum Change {
  /** The whole interval lies strictly on the better side of the baseline. */
  IMPROVING,
  /** The whole interval lies strictly on the worse side of the baseline. */
  WORSENING,
  /** The interval contains the baseline (ends included). */
  NO_SIGNIFICANT_CHANGE,
  /** There is no baseline, or no interval (a mean over fewer than two people). */
  NOT_COMPARABLE
}
