package org.assetbasedarea.aba.report;

/**
 * Who an area report is for. The default is {@link #PUBLICATION}: a page a council can share.
 */
public enum ReportMode {
  /**
   * Publish-safe: outcome figures only as published under the disclosure policy (suppressed ones
   * as {@code [c]}), and plain words for everything, with no machine identifiers.
   */
  PUBLICATION,

  /**
   * For the area's own analysts: adds the raw outcome figures (unrounded values, intervals and
   * respondent counts) and the machine identifiers of actions, rules and frameworks. Every page,
   * on screen and on paper, says it is not for publication.
   */
  ANALYST
}
