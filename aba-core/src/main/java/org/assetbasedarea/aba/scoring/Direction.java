package org.assetbasedarea.aba.scoring;

/** Which way a band moved between two reports. */
public enum Direction {
  /** The later band is stronger. */
  UP,
  /** The later band is weaker. */
  DOWN,
  /** The band did not change. */
  SAME;

  /**
   * The direction from one band to another.
   *
   * @param earlier the earlier band
   * @param later the later band
   * @return {@link #UP}, {@link #DOWN} or {@link #SAME}
   */
  public static Direction between(Band earlier, Band later) {
    int c = later.compareTo(earlier);
    return c > 0 ? UP : c < 0 ? DOWN : SAME;
  }
}
