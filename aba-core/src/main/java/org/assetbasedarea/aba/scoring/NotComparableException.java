package org.assetbasedarea.aba.scoring;

/**
 * Two score reports cannot be compared: they differ in area code, framework or rule set, or the
 * earlier one is dated after the later one. A plan cannot be reviewed against an assessment of
 * another area or framework, or one not made after the plan's baseline assessment. {@link #getReason()} says which.
 */
public final class NotComparableException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** Which condition for comparing two reports failed. */
  public enum Reason {
    /** The reports are about areas with different codes. */
    AREA,
    /** The reports were made against different frameworks. */
    FRAMEWORK,
    /** The reports were produced by different rule sets. */
    RULES,
    /** The earlier report is dated after the later one, or an assessment is not after a plan's baseline. */
    DATES
  }

  /** The failed condition. */
  private final Reason reason;

  /**
   * Creates the exception. The library throws it when two documents of an area cannot be set
   * side by side: two score reports, or a plan and a later assessment.
   *
   * @param reason which condition failed
   * @param message what failed, in English
   */
  public NotComparableException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** @return which condition failed */
  public Reason getReason() {
    return reason;
  }
}
