package org.assetbasedarea.aba.scoring;

/**
 * Two score reports cannot be compared: they differ in area code, framework or rule set, or the
 * earlier one is dated after the later one. {@link #getReason()} says which.
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
    /** The earlier report is dated after the later one. */
    DATES
  }

  /** The failed condition. */
  private final Reason reason;

  NotComparableException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** @return which condition failed */
  public Reason getReason() {
    return reason;
  }
}
